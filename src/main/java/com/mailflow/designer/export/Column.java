package com.mailflow.designer.export;

import java.util.function.BiFunction;

/**
 * One column of a results table, defined once for the screen and the handouts: its header, its
 * cell text (worded with the nodes' names) and where it appears.
 *
 * @param width the screen's preferred width in pixels (handouts size columns themselves)
 */
public record Column<T>(String header, double width, Shown shown, BiFunction<T, NodeNames, String> text) {
    /** Where a column appears: the screen has room for a few working columns the handout leaves out. */
    public enum Shown { EVERYWHERE, SCREEN_ONLY, HANDOUT_ONLY }

    public static <T> Column<T> of(String header, double width, BiFunction<T, NodeNames, String> text) {
        return new Column<>(header, width, Shown.EVERYWHERE, text);
    }

    public Column<T> only(Shown where) {
        return new Column<>(header, width, where, text);
    }

    public boolean onScreen() {
        return shown != Shown.HANDOUT_ONLY;
    }

    public boolean inHandout() {
        return shown != Shown.SCREEN_ONLY;
    }

    public String text(T row, NodeNames names) {
        return text.apply(row, names);
    }
}
