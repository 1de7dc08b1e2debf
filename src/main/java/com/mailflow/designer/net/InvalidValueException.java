package com.mailflow.designer.net;

/** A value typed by a user that does not parse; the message says why, for the user. */
public class InvalidValueException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
