package com.mailflow.designer.edit;

/** The canvas grid that moves and layouts snap to. */
public final class Grid {
    public static final double SIZE = 20;

    private Grid() {
    }

    public static double snap(double v) {
        return Math.round(v / SIZE) * SIZE;
    }
}
