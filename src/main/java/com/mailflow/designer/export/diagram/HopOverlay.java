package com.mailflow.designer.export.diagram;

import java.util.Optional;

/**
 * One hop of a simulated message over the diagram: a thick line between the two boxes (green, red
 * where the message fails) and an envelope where the message stands (at the receiving box, or
 * halfway when it fails on the way). Drawn through {@link DiagramCanvas}, so SVG and PDF agree.
 */
public final class HopOverlay {
    private static final Rgb PASSES = Rgb.hex(0x2E7D32);
    private static final Rgb FAILS = Rgb.hex(0xC62828);
    private static final Rgb PAPER = Rgb.hex(0xFFFBE6);

    private HopOverlay() {
    }

    public static void paint(Diagram diagram, String fromId, String toId, boolean fails, DiagramCanvas canvas) {
        Optional<NodeBox> from = box(diagram, fromId);
        Optional<NodeBox> to = box(diagram, toId);
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        Rgb color = fails ? FAILS : PASSES;
        Point a = new Point(from.get().centerX(), from.get().centerY());
        Point b = new Point(to.get().centerX(), to.get().centerY());
        canvas.line(a, b, color, 5);
        double x = fails ? (a.x() + b.x()) / 2 : b.x();
        double y = fails ? (a.y() + b.y()) / 2 : b.y();
        canvas.roundRect(x - 14, y - 10, 28, 20, 2, PAPER, color, 2);
        canvas.line(new Point(x - 14, y - 10), new Point(x, y + 2), color, 2);
        canvas.line(new Point(x, y + 2), new Point(x + 14, y - 10), color, 2);
    }

    private static Optional<NodeBox> box(Diagram diagram, String id) {
        return diagram.nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
