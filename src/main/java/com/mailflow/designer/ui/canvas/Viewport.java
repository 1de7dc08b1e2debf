package com.mailflow.designer.ui.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.transform.Affine;

/** Zoom and pan of the canvas content: one affine transform, so a pan touches no node view. */
public final class Viewport {
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 4;
    private final Affine transform = new Affine();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    /** Counts changes: one event per zoom or pan, where the transform fires one per coefficient. */
    private final javafx.beans.property.LongProperty changes = new javafx.beans.property.SimpleLongProperty();

    public Affine transform() {
        return transform;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public javafx.beans.value.ObservableLongValue changesProperty() {
        return changes;
    }

    public double zoom() {
        return transform.getMxx();
    }

    /** Zooms by {@code factor} keeping the point under (px, py), in viewport coordinates, still. */
    public void zoomAt(double factor, double px, double py) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom() * factor));
        double f = next / zoom();
        double tx = px - (px - transform.getTx()) * f;
        double ty = py - (py - transform.getTy()) * f;
        set(next, tx, ty);
    }

    public void panBy(double dx, double dy) {
        set(zoom(), transform.getTx() + dx, transform.getTy() + dy);
    }

    /** Shows {@code content} (content coordinates) whole in a viewport of this size, never above 100%. */
    public void fit(Bounds content, double width, double height) {
        if (content.isEmpty() || width <= 0 || height <= 0) {
            set(1, 0, 0);
            return;
        }
        double margin = 40;
        double s = Math.min((width - 2 * margin) / content.getWidth(), (height - 2 * margin) / content.getHeight());
        s = Math.max(MIN_ZOOM, Math.min(1, s));
        double tx = (width - content.getWidth() * s) / 2 - content.getMinX() * s;
        double ty = (height - content.getHeight() * s) / 2 - content.getMinY() * s;
        set(s, tx, ty);
    }

    /**
     * What "fit" shows: all of {@code content}, or, when even the smallest zoom can't hold it
     * (boxes millions of units apart), the box at the median position, so the view is never an
     * empty stretch between far-flung boxes. {@code corners} are the boxes' top-left corners.
     */
    public static Bounds fitTarget(Bounds content, java.util.List<javafx.geometry.Point2D> corners, double boxWidth,
                                   double boxHeight, double width, double height) {
        double margin = 40;
        double s = Math.min((width - 2 * margin) / content.getWidth(), (height - 2 * margin) / content.getHeight());
        if (corners.isEmpty() || !(s < MIN_ZOOM)) {
            return content;
        }
        double[] xs = corners.stream().mapToDouble(javafx.geometry.Point2D::getX).sorted().toArray();
        double[] ys = corners.stream().mapToDouble(javafx.geometry.Point2D::getY).sorted().toArray();
        return new javafx.geometry.BoundingBox(xs[xs.length / 2], ys[ys.length / 2], boxWidth, boxHeight);
    }

    private void set(double scale, double tx, double ty) {
        transform.setToTransform(scale, 0, tx, 0, scale, ty);
        zoom.set(scale);
        changes.set(changes.get() + 1);
    }
}
