package com.mailflow.designer.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/** The area the drawing covers, and the view that shows all of it (Fit to Window). */
final class DrawingBounds {
    private DrawingBounds() {
    }

    /** The boxes' bounds in content coordinates; empty at the origin when there are none. */
    static Bounds of(Collection<NodeView> boxes) {
        if (boxes.isEmpty()) {
            return new BoundingBox(0, 0, 0, 0);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeView v : boxes) {
            minX = Math.min(minX, v.getLayoutX());
            minY = Math.min(minY, v.getLayoutY());
            maxX = Math.max(maxX, v.getLayoutX() + v.boxWidth());
            maxY = Math.max(maxY, v.getLayoutY() + NodeView.HEIGHT);
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Fits {@code viewport} to the boxes and to {@code more}: top-left corners of boxes not drawn
     * now (the other stages' nodes), so that switching stages keeps every stage in view.
     */
    static void fit(Viewport viewport, Collection<NodeView> boxes, List<Point2D> more, double width, double height) {
        List<Point2D> corners = new ArrayList<>(boxes.stream().map(v -> new Point2D(v.getLayoutX(), v.getLayoutY()))
                .toList());
        Bounds content = of(boxes);
        if (!more.isEmpty()) {
            corners.addAll(more);
            double minX = corners.stream().mapToDouble(Point2D::getX).min().orElse(0);
            double minY = corners.stream().mapToDouble(Point2D::getY).min().orElse(0);
            double maxX = corners.stream().mapToDouble(Point2D::getX).max().orElse(0) + NodeView.WIDTH;
            double maxY = corners.stream().mapToDouble(Point2D::getY).max().orElse(0) + NodeView.HEIGHT;
            content = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
        }
        viewport.fit(Viewport.fitTarget(content, corners, NodeView.WIDTH, NodeView.HEIGHT, width, height), width, height);
    }
}
