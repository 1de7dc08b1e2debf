package com.mailflow.designer.ui.control;

/** A value typed by the user: either the model value (null = absent) or why it is invalid. */
public record Parsed<T>(T value, String error) {
    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> invalid(String error) {
        return new Parsed<>(null, error);
    }

    public boolean isValid() {
        return error == null;
    }
}
