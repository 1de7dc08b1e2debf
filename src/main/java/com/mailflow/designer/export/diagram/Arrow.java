package com.mailflow.designer.export.diagram;

import java.util.List;

/**
 * A link drawn as a line from the edge of one box to the edge of the other, with a filled head.
 *
 * @param head the arrowhead triangle, tip first
 * @param label fitted text, or null
 * @param labelCenter centre of the label's background box
 */
public record Arrow(String from, String to, Point start, Point end, List<Point> head, String label, Point labelCenter,
                    double labelWidth) {
    public Arrow {
        head = List.copyOf(head);
    }
}
