package com.mailflow.designer.export.diagram;

import com.mailflow.designer.edit.AutoLayout;
import com.mailflow.designer.edit.BoxSize;
import com.mailflow.designer.export.text.LineText;
import com.mailflow.designer.export.text.TextWrap;
import com.mailflow.designer.model.Annotation;
import com.mailflow.designer.model.Annotations;
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
    public static final double NODE_HEIGHT = BoxSize.HEIGHT;
    static final double MARGIN = 24;
    static final double TEXT_LEFT = BoxSize.TEXT_LEFT;
    static final double HEAD_LENGTH = 10;
    static final double HEAD_HALF_WIDTH = 4.5;
    /** Two links in opposite directions are drawn side by side, this far apart. */
    static final double PAIR_GAP = 6;
    static final double LABEL_SIDE_OFFSET = 11;
    /** A label wider than this wraps, so it fits between two columns of boxes. */
    static final double LABEL_LINE_WIDTH = 110;

    private DiagramBuilder() {
    }

    public static Diagram build(Scenario scenario) {
        return build(scenario, NodeMarks.NONE, TextMeasurer.AWT);
    }

    public static Diagram build(Scenario scenario, NodeMarks marks) {
        return build(scenario, marks, TextMeasurer.AWT);
    }

    /** With a legend below the drawing (marks and link styles) when the scenario has nodes. */
    public static Diagram build(Scenario scenario, NodeMarks marks, TextMeasurer measurer) {
        ToDoubleFunction<String> titleWidth = measurer.of(Diagram.TITLE_SIZE, true);
        ToDoubleFunction<String> subtitleWidth = measurer.of(Diagram.SUBTITLE_SIZE, false);
        ToDoubleFunction<String> badgeWidth = measurer.of(Diagram.BADGE_SIZE, true);
        Map<String, BoxText> texts = new HashMap<>();
        scenario.nodes().forEach(n -> texts.put(n.id(), BoxText.fit(n, titleWidth, subtitleWidth)));
        Map<String, Position> positions = AutoLayout.complete(scenario, n -> texts.get(n.id()).width());
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        List<Annotation> notes = Annotations.of(scenario);
        ToDoubleFunction<String> noteWidth = measurer.of(Diagram.NOTE_SIZE, false);
        for (Annotation a : notes) {
            minX = Math.min(minX, a.x());
            minY = Math.min(minY, a.y());
            maxX = Math.max(maxX, a.x() + a.text().lines().mapToDouble(noteWidth).max().orElse(0));
            maxY = Math.max(maxY, a.y() + a.text().lines().count() * Diagram.NOTE_LINE);
        }
        for (Node n : scenario.nodes()) {
            Position p = positions.get(n.id());
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x() + texts.get(n.id()).width());
            maxY = Math.max(maxY, p.y() + NODE_HEIGHT);
        }
        double dx = MARGIN - minX;
        double dy = MARGIN - minY;
        Map<String, NodeBox> boxes = new HashMap<>();
        List<NodeBox> nodes = new ArrayList<>();
        for (Node n : scenario.nodes()) {
            Position p = positions.get(n.id());
            BoxText text = texts.get(n.id());
            NodeBox box = new NodeBox(n.id(), n.kind(), p.x() + dx, p.y() + dy, text.width(), NODE_HEIGHT,
                    text.nameLines(), text.detail(), badges(marks.of(n.id()), p.x() + dx, badgeWidth));
            boxes.put(n.id(), box);
            nodes.add(box);
        }
        List<Arrow> arrows = arrows(scenario.links(), boxes, measurer.of(Diagram.LABEL_SIZE, false));
        List<Annotation> placedNotes = notes.stream().map(a -> a.movedTo(a.x() + dx, a.y() + dy)).toList();
        if (scenario.nodes().isEmpty() && notes.isEmpty()) {
            return new Diagram(2 * MARGIN, 2 * MARGIN, nodes, arrows, Double.NaN, List.of());
        }
        double legendTop = maxY - minY + 2 * MARGIN;
        ToDoubleFunction<String> legendWidth = measurer.of(Diagram.LEGEND_SIZE, false);
        double legendWide = Legend.entries().stream().mapToDouble(e -> legendWidth.applyAsDouble(e.meaning()))
                .max().orElse(0) + DiagramPainter.LEGEND_TEXT_LEFT;
        double width = Math.max(maxX - minX, legendWide) + 2 * MARGIN;
        double height = legendTop + Legend.entries().size() * Diagram.LEGEND_LINE + MARGIN;
        return new Diagram(width, height, nodes, arrows, legendTop, placedNotes);
    }

    private static List<Arrow> arrows(List<Link> links, Map<String, NodeBox> boxes,
                                      ToDoubleFunction<String> labelWidth) {
        Set<String> present = new HashSet<>();
        links.forEach(l -> present.add(l.from() + "\u0000" + l.to()));
        List<Arrow> arrows = new ArrayList<>();
        LabelPlacer labels = new LabelPlacer();
        boxes.values().forEach(b -> labels.block(b.x(), b.y(), b.x() + b.w(), b.y() + b.h()));
        for (Link link : links) {
            NodeBox a = boxes.get(link.from());
            NodeBox b = boxes.get(link.to());
            if (a == null || b == null || a == b) {
                continue;
            }
            boolean paired = present.contains(link.to() + "\u0000" + link.from());
            arrows.add(arrow(link, a, b, paired, labelWidth, labels));
        }
        return arrows;
    }

    private static Arrow arrow(Link link, NodeBox a, NodeBox b, boolean paired, ToDoubleFunction<String> labelWidth,
                               LabelPlacer labels) {
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
        // Never cut: a label is drawn above the boxes, whole.
        String label = text.isEmpty() ? null : text;
        // A pair's labels sit beside their own line, on opposite sides, so they do not cover each other.
        double side = paired ? LABEL_SIDE_OFFSET : 0;
        List<String> lines = label == null ? List.of() : labelLines(label, Diagram.LABEL_SIZE, labelWidth);
        double width = lines.stream().mapToDouble(labelWidth).max().orElse(-8) + 8;
        double[] box = Arrow.labelBox(new Point(0, 0), width, lines.size());
        Point center = label == null ? new Point((start.x() + base.x()) / 2, (start.y() + base.y()) / 2)
                : labels.place(start.x(), start.y(), base.x(), base.y(), width, box[3] - box[1], side);
        return new Arrow(link.from(), link.to(), start, base, head, label, lines, center, width);
    }

    private static List<NodeBox.Badge> badges(List<Mark> marks, double left, ToDoubleFunction<String> width) {
        List<NodeBox.Badge> badges = new ArrayList<>();
        double x = left + TEXT_LEFT;
        for (Mark m : marks) {
            double w = width.applyAsDouble(m.tag()) + 6;
            badges.add(new NodeBox.Badge(m, x, w));
            x += w + 3;
        }
        return badges;
    }

    /**
     * A label wrapped as every diagram wraps it: at {@link #LABEL_LINE_WIDTH} units of the
     * export's label size, the same width in ems at any other size (the canvas's font).
     */
    public static List<String> labelLines(String label, double fontSize, ToDoubleFunction<String> width) {
        return TextWrap.wrap(label, LABEL_LINE_WIDTH * fontSize / Diagram.LABEL_SIZE, width);
    }

    /** A link's label as every diagram shows it: its label, then the domains it carries (none: all). */
    public static String labelText(Link link) {
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
