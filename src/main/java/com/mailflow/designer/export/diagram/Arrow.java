package com.mailflow.designer.export.diagram;

import java.util.List;

/**
 * A link drawn as a line from the edge of one box to the edge of the other, with a filled head.
 *
 * @param head the arrowhead triangle, tip first
 * @param label the whole label text, or null
 * @param labelLines the label wrapped to lines, never cut
 * @param labelCenter centre of the label's background box
 */
public record Arrow(String from, String to, Point start, Point end, List<Point> head, String label,
                    List<String> labelLines, Point labelCenter, double labelWidth) {
    static final double LABEL_LINE = 10;

    public Arrow {
        head = List.copyOf(head);
        labelLines = List.copyOf(labelLines);
    }

    /** The label's background box (left, top, right, bottom) for a label of this size centred at c. */
    static double[] labelBox(Point c, double width, int lines) {
        double half = (lines * LABEL_LINE + 4) / 2;
        return new double[] {c.x() - width / 2, c.y() - half, c.x() + width / 2, c.y() + half};
    }

    public double[] labelBox() {
        return labelBox(labelCenter, labelWidth, labelLines.size());
    }
}
