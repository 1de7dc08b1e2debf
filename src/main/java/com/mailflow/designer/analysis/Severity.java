package com.mailflow.designer.analysis;

/** How bad a finding is; the order is worst first. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether this is as bad as {@code other} or worse. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
