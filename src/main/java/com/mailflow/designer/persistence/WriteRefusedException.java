package com.mailflow.designer.persistence;

import java.io.IOException;

/**
 * A write that can't or must not happen, with a message for a person: what is wrong with the
 * target, never a temporary file's name or a Java exception's class.
 */
public final class WriteRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public WriteRefusedException(String message) {
        super(message);
    }
}
