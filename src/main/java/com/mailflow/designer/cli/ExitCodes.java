package com.mailflow.designer.cli;

/** Exit statuses of cli.md. */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int INVALID = 2;

    private ExitCodes() {
    }
}
