package com.mailflow.designer.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** The canvas shows boxes, not the empty middle, whatever layout the file holds (positions up to ±10,000,000). */
class ViewportFitTest {
    private static Bounds around(List<Point2D> corners) {
        double minX = corners.stream().mapToDouble(Point2D::getX).min().orElseThrow();
        double minY = corners.stream().mapToDouble(Point2D::getY).min().orElseThrow();
        double maxX = corners.stream().mapToDouble(Point2D::getX).max().orElseThrow() + 170;
        double maxY = corners.stream().mapToDouble(Point2D::getY).max().orElseThrow() + 64;
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    @Test
    void aDrawingThatFitsIsShownWhole() {
        List<Point2D> corners = List.of(new Point2D(0, 0), new Point2D(2000, 900));
        assertEquals(around(corners), Viewport.fitTarget(around(corners), corners, 170, 64, 1200, 800));
    }

    @Test
    void farFlungBoxesShowTheMedianBoxNotTheEmptyMiddle() {
        List<Point2D> corners = List.of(new Point2D(-1e7, -1e7), new Point2D(100, 100), new Point2D(300, 100),
                new Point2D(1e7, 1e7));
        Bounds target = Viewport.fitTarget(around(corners), corners, 170, 64, 1200, 800);
        assertTrue(corners.stream().anyMatch(c -> c.getX() == target.getMinX() && c.getY() == target.getMinY()),
                target::toString);
        Viewport viewport = new Viewport();
        viewport.fit(target, 1200, 800);
        Point2D shown = viewport.transform().transform(target.getMinX(), target.getMinY());
        assertTrue(shown.getX() >= 0 && shown.getX() < 1200 && shown.getY() >= 0 && shown.getY() < 800, shown::toString);
    }
}
