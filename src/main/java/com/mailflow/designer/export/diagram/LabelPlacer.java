package com.mailflow.designer.export.diagram;

/**
 * The one rule that places link labels, for the canvas and the exported diagram alike: each label
 * goes along its own link where it covers no box and no label placed before it. Labels are
 * placed greedily in the caller's (stable) order: first slid along the line (middle, then further
 * out), then pushed sideways step by step, alternately to either side, until a free place is
 * found; so a label is never covered, and it stays as near its line as the drawing allows.
 * What is taken is kept in a {@link RectGrid}, so placing every label of a big drawing costs
 * about one look at its neighbourhood per label, not one per other label.
 */
public final class LabelPlacer {
    /** Clear space kept around a label. */
    public static final double GAP = 2;
    private static final double[] ALONG = {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8};
    /** Sideways steps tried at every place along the line before only the middle is tried. */
    private static final int NEAR_STEPS = 6;
    /** Far beyond any drawing's crowding; the loop ends long before (the obstacles are finite). */
    private static final int FAR_STEPS = 100_000;

    private final RectGrid taken = new RectGrid(120);

    /** Marks a box (left, top, right, bottom) that no label may cover. */
    public void block(double left, double top, double right, double bottom) {
        taken.add(left, top, right, bottom);
    }

    /**
     * Places a label of {@code width} x {@code height} for the line from (sx, sy) to (ex, ey), its
     * centre preferably {@code side} to the right of the line (0: on it), and keeps its place
     * taken for the labels that follow.
     *
     * @return the label's centre
     */
    public Point place(double sx, double sy, double ex, double ey, double width, double height, double side) {
        double dx = ex - sx;
        double dy = ey - sy;
        double length = Math.hypot(dx, dy);
        double nx = length < 1e-9 ? 0 : -dy / length;
        double ny = length < 1e-9 ? 1 : dx / length;
        double step = height + GAP;
        for (int k = 0; k <= 2 * NEAR_STEPS; k++) {
            double offset = side + sideways(k) * step;
            for (double t : ALONG) {
                double cx = sx + dx * t + nx * offset;
                double cy = sy + dy * t + ny * offset;
                if (free(cx, cy, width, height)) {
                    return take(cx, cy, width, height);
                }
            }
        }
        double mx = sx + dx / 2;
        double my = sy + dy / 2;
        for (int k = 2 * NEAR_STEPS + 1; k < FAR_STEPS; k++) {
            double offset = side + sideways(k) * step;
            if (free(mx + nx * offset, my + ny * offset, width, height)) {
                return take(mx + nx * offset, my + ny * offset, width, height);
            }
        }
        return take(mx + nx * side, my + ny * side, width, height);
    }

    /** 0, 1, -1, 2, -2, ...: steps away from the preferred side, alternately. */
    private static int sideways(int k) {
        return (k % 2 == 1) ? (k + 1) / 2 : -k / 2;
    }

    private boolean free(double cx, double cy, double width, double height) {
        return !taken.intersects(cx - width / 2 - GAP, cy - height / 2 - GAP, cx + width / 2 + GAP,
                cy + height / 2 + GAP);
    }

    private Point take(double cx, double cy, double width, double height) {
        taken.add(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2);
        return new Point(cx, cy);
    }
}
