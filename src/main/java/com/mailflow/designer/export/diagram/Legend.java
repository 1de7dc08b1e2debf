package com.mailflow.designer.export.diagram;

import java.util.ArrayList;
import java.util.List;

/** What the diagram's marks and link styles mean: one wording for the canvas overlay and the handouts. */
public final class Legend {
    /** One line of the legend: a sample (a mark's tag, or null for a link style) and its meaning. */
    public record Entry(Mark mark, String sample, String meaning) {
    }

    private Legend() {
    }

    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(null, "\u2192", "A link: mail is relayed to the box the arrow points at"));
        entries.add(new Entry(null, "\u21c4", "Two arrows side by side: mail flows both ways"));
        entries.add(new Entry(null, "label", "On a link: its label and the domains it carries (none: all)"));
        for (Mark m : Mark.values()) {
            entries.add(new Entry(m, m.tag(), m.meaning()));
        }
        return entries;
    }
}
