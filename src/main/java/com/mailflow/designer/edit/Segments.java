package com.mailflow.designer.edit;

/** Straight-segment geometry for the layout: does a link's line pass through a box. */
public final class Segments {
    private Segments() {
    }

    /**
     * Whether the segment from (x1, y1) to (x2, y2) meets the rectangle (Liang-Barsky clipping);
     * touching the border counts.
     */
    public static boolean crossesRect(double x1, double y1, double x2, double y2,
                                      double left, double top, double right, double bottom) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - left, right - x1, y1 - top, bottom - y1};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The lowest y of the segment within the x-range [left, right] (the segment's end when it is vertical). */
    static double lowestWithin(double x1, double y1, double x2, double y2, double left, double right) {
        if (Math.abs(x2 - x1) < 1e-9) {
            return Math.max(y1, y2);
        }
        double a = Math.max(Math.min(x1, x2), left);
        double b = Math.min(Math.max(x1, x2), right);
        double ya = y1 + (y2 - y1) * (a - x1) / (x2 - x1);
        double yb = y1 + (y2 - y1) * (b - x1) / (x2 - x1);
        return Math.max(ya, yb);
    }
}
