package com.mailflow.designer.model;

/**
 * Free text on the drawing (a remark, a heading for a group of boxes). Kept in the file's
 * optional top-level {@code annotations} array; the analysis never reads it.
 *
 * @param x left edge of the text, drawing units, like a node's position
 * @param y top of the text
 */
public record Annotation(String id, String text, double x, double y) {
    public Annotation {
        java.util.Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
    }

    public Annotation withText(String v) {
        return new Annotation(id, v, x, y);
    }

    public Annotation movedTo(double nx, double ny) {
        return new Annotation(id, text, nx, ny);
    }
}
