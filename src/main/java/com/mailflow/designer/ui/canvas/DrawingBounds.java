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

    /**
     * The bounds of the boxes and of the free texts ({@code texts}: their bounds, in content
     * coordinates) in content coordinates; empty at the origin when there are neither.
     */
    static Bounds of(Collection<NodeView> boxes, List<Bounds> texts) {
        if (boxes.isEmpty() && texts.isEmpty()) {
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
        for (Bounds t : texts) {
            minX = Math.min(minX, t.getMinX());
            minY = Math.min(minY, t.getMinY());
            maxX = Math.max(maxX, t.getMaxX());
            maxY = Math.max(maxY, t.getMaxY());
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Fits {@code viewport} to the boxes, the free texts and {@code more}: top-left corners of boxes
     * not drawn now (the other stages' nodes), so that switching stages keeps every stage in view.
     */
    static void fit(Viewport viewport, Collection<NodeView> boxes, List<Bounds> texts, List<Point2D> more,
                    double width, double height) {
        List<Point2D> corners = new ArrayList<>(boxes.stream().map(v -> new Point2D(v.getLayoutX(), v.getLayoutY()))
                .toList());
        texts.forEach(t -> corners.add(new Point2D(t.getMinX(), t.getMinY())));
        Bounds content = of(boxes, texts);
        if (!more.isEmpty()) {
            boolean drawn = !corners.isEmpty();
            corners.addAll(more);
            double minX = Math.min(drawn ? content.getMinX() : Double.MAX_VALUE,
                    more.stream().mapToDouble(Point2D::getX).min().orElse(0));
            double minY = Math.min(drawn ? content.getMinY() : Double.MAX_VALUE,
                    more.stream().mapToDouble(Point2D::getY).min().orElse(0));
            double maxX = Math.max(drawn ? content.getMaxX() : -Double.MAX_VALUE,
                    more.stream().mapToDouble(Point2D::getX).max().orElse(0) + NodeView.WIDTH);
            double maxY = Math.max(drawn ? content.getMaxY() : -Double.MAX_VALUE,
                    more.stream().mapToDouble(Point2D::getY).max().orElse(0) + NodeView.HEIGHT);
            content = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
        }
        viewport.fit(Viewport.fitTarget(content, corners, NodeView.WIDTH, NodeView.HEIGHT, width, height), width, height);
    }
}
