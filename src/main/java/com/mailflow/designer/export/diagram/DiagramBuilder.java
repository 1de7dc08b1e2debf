package com.mailflow.designer.export.diagram;

import com.mailflow.designer.export.text.LineText;
import com.mailflow.designer.export.text.TextWrap;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Builds the {@link Diagram} of a scenario from its nodes, links and layout. */
public final class DiagramBuilder {
    public static final double NODE_WIDTH = 170;
    public static final double NODE_HEIGHT = 64;
    static final double MARGIN = 24;
    static final double TEXT_LEFT = 40;
    static final double HEAD_LENGTH = 10;
    static final double HEAD_HALF_WIDTH = 4.5;
    /** Two links in opposite directions are drawn side by side, this far apart. */
    static final double PAIR_GAP = 6;
    static final double LABEL_MAX_WIDTH = 150;
    static final double LABEL_SIDE_OFFSET = 11;

    private DiagramBuilder() {
    }

    public static Diagram build(Scenario scenario) {
        return build(scenario, TextMeasurer.AWT);
    }

    public static Diagram build(Scenario scenario, TextMeasurer measurer) {
        Map<String, Position> positions = AutoLayout.positions(scenario);
        double minX = positions.values().stream().mapToDouble(Position::x).min().orElse(0);
        double minY = positions.values().stream().mapToDouble(Position::y).min().orElse(0);
        double maxX = positions.values().stream().mapToDouble(Position::x).max().orElse(0) + NODE_WIDTH;
        double maxY = positions.values().stream().mapToDouble(Position::y).max().orElse(0) + NODE_HEIGHT;
        double dx = MARGIN - minX;
        double dy = MARGIN - minY;
        ToDoubleFunction<String> titleWidth = measurer.of(Diagram.TITLE_SIZE, true);
        ToDoubleFunction<String> subtitleWidth = measurer.of(Diagram.SUBTITLE_SIZE, false);
        double textWidth = NODE_WIDTH - TEXT_LEFT - 10;
        Map<String, NodeBox> boxes = new HashMap<>();
        List<NodeBox> nodes = new ArrayList<>();
        for (Node n : scenario.nodes()) {
            Position p = positions.get(n.id());
            NodeBox box = new NodeBox(n.id(), n.kind(), p.x() + dx, p.y() + dy, NODE_WIDTH, NODE_HEIGHT,
                    TextWrap.wrap(LineText.oneLine(n.name()), textWidth, 2, titleWidth),
                    TextWrap.ellipsize(LineText.oneLine(subtitle(n)), textWidth, subtitleWidth));
            boxes.put(n.id(), box);
            nodes.add(box);
        }
        List<Arrow> arrows = arrows(scenario.links(), boxes, measurer.of(Diagram.LABEL_SIZE, false));
        double width = scenario.nodes().isEmpty() ? 2 * MARGIN : maxX - minX + 2 * MARGIN;
        double height = scenario.nodes().isEmpty() ? 2 * MARGIN : maxY - minY + 2 * MARGIN;
        return new Diagram(width, height, nodes, arrows);
    }

    /** The second line of a box: what identifies the node to a mail administrator. */
    private static String subtitle(Node n) {
        if (n.hostname().isPresent()) {
            return n.hostname().get();
        }
        if (!n.addresses().isEmpty()) {
            return String.join(", ", n.addresses());
        }
        return n.kind().displayName();
    }

    private static List<Arrow> arrows(List<Link> links, Map<String, NodeBox> boxes,
                                      ToDoubleFunction<String> labelWidth) {
        Set<String> present = new HashSet<>();
        links.forEach(l -> present.add(l.from() + "\u0000" + l.to()));
        List<Arrow> arrows = new ArrayList<>();
        for (Link link : links) {
            NodeBox a = boxes.get(link.from());
            NodeBox b = boxes.get(link.to());
            if (a == null || b == null || a == b) {
                continue;
            }
            boolean paired = present.contains(link.to() + "\u0000" + link.from());
            arrows.add(arrow(link, a, b, paired, labelWidth));
        }
        return arrows;
    }

    private static Arrow arrow(Link link, NodeBox a, NodeBox b, boolean paired, ToDoubleFunction<String> labelWidth) {
        double dx = b.centerX() - a.centerX();
        double dy = b.centerY() - a.centerY();
        double length = Math.hypot(dx, dy);
        if (length < 1e-6) {
            dx = 1;
            dy = 0;
            length = 1;
        }
        double ux = dx / length;
        double uy = dy / length;
        // The right-hand normal, so each direction of a pair keeps to its own side.
        double shift = paired ? PAIR_GAP / 2 : 0;
        double nx = -uy * shift;
        double ny = ux * shift;
        double startT = exit(a, ux, uy);
        double endT = length - exit(b, -ux, -uy);
        Point start = new Point(a.centerX() + nx + ux * startT, a.centerY() + ny + uy * startT);
        Point tip = new Point(a.centerX() + nx + ux * endT, a.centerY() + ny + uy * endT);
        Point base = new Point(tip.x() - ux * HEAD_LENGTH, tip.y() - uy * HEAD_LENGTH);
        List<Point> head = List.of(tip,
                new Point(base.x() - uy * HEAD_HALF_WIDTH, base.y() + ux * HEAD_HALF_WIDTH),
                new Point(base.x() + uy * HEAD_HALF_WIDTH, base.y() - ux * HEAD_HALF_WIDTH));
        String text = labelText(link);
        String label = text.isEmpty() ? null : TextWrap.ellipsize(text, LABEL_MAX_WIDTH, labelWidth);
        // A pair's labels sit beside their own line, on opposite sides, so they do not cover each other.
        double side = paired ? LABEL_SIDE_OFFSET / shift : 0;
        Point center = new Point((start.x() + base.x()) / 2 + nx * side, (start.y() + base.y()) / 2 + ny * side);
        return new Arrow(link.from(), link.to(), start, base, head, label, center,
                label == null ? 0 : labelWidth.applyAsDouble(label) + 8);
    }

    private static String labelText(Link link) {
        String domains = link.carriesAll() ? "" : String.join(", ", link.domains());
        String label = link.labelText().map(LineText::oneLine).orElse("").strip();
        if (label.isEmpty()) {
            return domains;
        }
        return domains.isEmpty() ? label : label + " (" + domains + ")";
    }

    /** Distance from the box's centre to its outline along (ux, uy). */
    private static double exit(NodeBox box, double ux, double uy) {
        double hw = box.w() / 2 + 2;
        double hh = box.h() / 2 + 2;
        if (box.style().shape() == NodeShape.ELLIPSE) {
            return 1 / Math.sqrt((ux * ux) / (hw * hw) + (uy * uy) / (hh * hh));
        }
        double tx = Math.abs(ux) < 1e-9 ? Double.POSITIVE_INFINITY : hw / Math.abs(ux);
        double ty = Math.abs(uy) < 1e-9 ? Double.POSITIVE_INFINITY : hh / Math.abs(uy);
        return Math.min(tx, ty);
    }
}
