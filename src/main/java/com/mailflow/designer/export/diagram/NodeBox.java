package com.mailflow.designer.export.diagram;

import com.mailflow.designer.model.NodeKind;
import java.util.List;

/**
 * A node as placed on the diagram, text already fitted to the box.
 *
 * @param x left edge, diagram units (y grows downwards)
 * @param subtitle the detail line: host name or addresses
 * @param badges the node's marks, placed along the bottom of the box
 */
public record NodeBox(String id, NodeKind kind, double x, double y, double w, double h, List<String> titleLines,
                      String subtitle, List<Badge> badges) {
    /** A mark's tag in a small frame; {@code x} is absolute. */
    public record Badge(Mark mark, double x, double width) {
    }

    public NodeBox {
        titleLines = List.copyOf(titleLines);
        badges = List.copyOf(badges);
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    public NodeStyle style() {
        return NodeStyle.of(kind);
    }
}
