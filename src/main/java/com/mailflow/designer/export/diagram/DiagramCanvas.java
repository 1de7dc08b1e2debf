package com.mailflow.designer.export.diagram;

import java.util.List;

/**
 * The few drawing operations the diagram needs, in diagram units with y growing downwards.
 * SVG, PDF and Java2D each implement this; {@link DiagramPainter} decides what to draw.
 * A null fill or stroke means none.
 */
public interface DiagramCanvas {
    void polygon(List<Point> points, Rgb fill, Rgb stroke, double strokeWidth);

    void ellipse(double cx, double cy, double rx, double ry, Rgb fill, Rgb stroke, double strokeWidth);

    void roundRect(double x, double y, double w, double h, double radius, Rgb fill, Rgb stroke, double strokeWidth);

    void line(Point a, Point b, Rgb stroke, double strokeWidth);

    /** Text on one line; {@code centered} anchors its middle at x, else its left end. */
    void text(String text, double x, double baseline, double size, boolean bold, boolean centered, Rgb color);
}
