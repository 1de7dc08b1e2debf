package com.mailflow.designer.ui.control;

/** A value typed by the user: either the model value (null = absent) or why it is invalid. */
public record Parsed(Object value, String error) {
    public static Parsed ok(Object value) {
        return new Parsed(value, null);
    }

    public static Parsed invalid(String error) {
        return new Parsed(null, error);
    }

    public boolean isValid() {
        return error == null;
    }
}
