package com.mailflow.designer.export.diagram;

import java.util.ArrayList;
import java.util.List;

/** A small line-drawn icon per kind, left of the node's text, in a 20 by 20 square. */
final class IconPainter {
    private IconPainter() {
    }

    static void paint(NodeBox box, DiagramCanvas canvas) {
        Icon icon = new Icon(canvas, box.x() + 12, box.centerY() - 10, box.style().stroke());
        switch (box.kind()) {
            case INTERNET -> icon.globe();
            case CLOUD_SERVICE -> icon.cloud();
            case THIRD_PARTY_FILTER -> icon.funnel();
            case THIRD_PARTY_SERVICE -> icon.stack();
            case GATEWAY -> icon.relay();
            case MAIL_SERVER -> icon.envelope();
            case APP_SERVER -> icon.window();
            case DEVICE -> icon.printer();
        }
    }

    /** Draws in icon coordinates (0..20) translated to the box. */
    private record Icon(DiagramCanvas c, double ox, double oy, Rgb color) {
        Point p(double x, double y) {
            return new Point(ox + x, oy + y);
        }

        void rect(double x, double y, double w, double h, Rgb fill) {
            c.roundRect(ox + x, oy + y, w, h, 1, fill, color, 1.2);
        }

        void poly(Rgb fill, double... xy) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < xy.length; i += 2) {
                points.add(p(xy[i], xy[i + 1]));
            }
            c.polygon(points, fill, fill == null ? color : null, 1.2);
        }

        void globe() {
            c.ellipse(ox + 10, oy + 10, 9.5, 9.5, Rgb.WHITE, color, 1.2);
            c.ellipse(ox + 10, oy + 10, 4, 9.5, null, color, 1);
            c.line(p(0.5, 10), p(19.5, 10), color, 1);
        }

        void cloud() {
            c.ellipse(ox + 6, oy + 12, 5, 5, color, null, 0);
            c.ellipse(ox + 11, oy + 8, 6, 6, color, null, 0);
            c.ellipse(ox + 15.5, oy + 12.5, 4.5, 4.5, color, null, 0);
            c.roundRect(ox + 3, oy + 12, 15, 5, 2, color, null, 0);
        }

        void funnel() {
            poly(color, 0, 2, 20, 2, 12.5, 11, 12.5, 19, 7.5, 16, 7.5, 11);
        }

        void stack() {
            rect(5, 1, 14, 10, Rgb.WHITE);
            rect(3, 5, 14, 10, Rgb.WHITE);
            rect(1, 9, 14, 10, color);
        }

        void relay() {
            poly(color, 0, 10, 6, 4, 6, 8, 14, 8, 14, 4, 20, 10, 14, 16, 14, 12, 6, 12, 6, 16);
        }

        void envelope() {
            rect(0, 4, 20, 13, Rgb.WHITE);
            c.line(p(0.5, 4.5), p(10, 11.5), color, 1.2);
            c.line(p(10, 11.5), p(19.5, 4.5), color, 1.2);
        }

        void window() {
            rect(0, 2, 20, 16, Rgb.WHITE);
            c.roundRect(ox, oy + 2, 20, 4, 1, color, null, 0);
            c.line(p(4, 10), p(14, 10), color, 1.2);
            c.line(p(4, 14), p(11, 14), color, 1.2);
        }

        void printer() {
            rect(5, 0, 10, 6, Rgb.WHITE);
            rect(0, 6, 20, 9, color);
            rect(5, 12, 10, 8, Rgb.WHITE);
        }
    }
}
