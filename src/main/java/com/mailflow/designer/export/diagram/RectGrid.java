package com.mailflow.designer.export.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rectangles filed by the square cells they touch, so that "does this rectangle touch any?" looks
 * at a few neighbours instead of all of them.
 */
final class RectGrid {
    private final double cell;
    private final Map<Long, List<double[]>> cells = new HashMap<>();

    RectGrid(double cell) {
        this.cell = cell;
    }

    void add(double left, double top, double right, double bottom) {
        double[] r = {left, top, right, bottom};
        for (long x = index(left); x <= index(right); x++) {
            for (long y = index(top); y <= index(bottom); y++) {
                cells.computeIfAbsent(key(x, y), k -> new ArrayList<>(4)).add(r);
            }
        }
    }

    /** Whether the open rectangle overlaps any added one (touching edges do not count). */
    boolean intersects(double left, double top, double right, double bottom) {
        for (long x = index(left); x <= index(right); x++) {
            for (long y = index(top); y <= index(bottom); y++) {
                List<double[]> in = cells.get(key(x, y));
                if (in == null) {
                    continue;
                }
                for (double[] r : in) {
                    if (left < r[2] && r[0] < right && top < r[3] && r[1] < bottom) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private long index(double v) {
        return (long) Math.floor(v / cell);
    }

    private static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }
}
