package com.mailflow.designer.export.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** Paints onto Java2D (PNG export); the caller sets the scale on the graphics. */
public final class Graphics2DCanvas implements DiagramCanvas {
    private final Graphics2D g;

    public Graphics2DCanvas(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void polygon(List<Point> points, Rgb fill, Rgb stroke, double strokeWidth) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (Point p : points.subList(1, points.size())) {
            path.lineTo(p.x(), p.y());
        }
        path.closePath();
        draw(path, fill, stroke, strokeWidth);
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry, Rgb fill, Rgb stroke, double strokeWidth) {
        draw(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry), fill, stroke, strokeWidth);
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double radius, Rgb fill, Rgb stroke,
                          double strokeWidth) {
        draw(new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius), fill, stroke, strokeWidth);
    }

    @Override
    public void line(Point a, Point b, Rgb stroke, double strokeWidth) {
        draw(new Line2D.Double(a.x(), a.y(), b.x(), b.y()), null, stroke, strokeWidth);
    }

    @Override
    public void text(String text, double x, double baseline, double size, boolean bold, boolean centered, Rgb color) {
        g.setFont(FontFiles.awt(bold).deriveFont((float) size));
        g.setColor(color(color));
        double left = centered ? x - TextMeasure.width(text, size, bold) / 2 : x;
        g.drawString(text, (float) left, (float) baseline);
    }

    private void draw(Shape shape, Rgb fill, Rgb stroke, double width) {
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(color(stroke));
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    private static Color color(Rgb c) {
        return new Color(c.r(), c.g(), c.b());
    }
}
