package com.mailflow.designer.export.diagram;

import com.mailflow.designer.model.NodeKind;
import java.util.List;

/**
 * A node as placed on the diagram, text already fitted to the box.
 *
 * @param x left edge, diagram units (y grows downwards)
 */
public record NodeBox(String id, NodeKind kind, double x, double y, double w, double h, List<String> titleLines,
                      String subtitle) {
    public NodeBox {
        titleLines = List.copyOf(titleLines);
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
