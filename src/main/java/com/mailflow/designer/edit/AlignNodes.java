package com.mailflow.designer.edit;

import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Align and distribute selected boxes: each one {@link MoveNodes} command, so one undo step.
 * Boxes are {@code width(id)} wide (the view's widths) and {@link BoxSize#HEIGHT} tall; boxes
 * without a position are left alone.
 */
public final class AlignNodes {
    /** Which edge or centre line the boxes share. */
    public enum Edge {
        LEFT("Align Left"), CENTER("Align Centers"), RIGHT("Align Right"),
        TOP("Align Top"), MIDDLE("Align Middles"), BOTTOM("Align Bottom");

        private final String title;

        Edge(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private AlignNodes() {
    }

    public static Command align(Set<String> ids, Edge edge, ToDoubleFunction<String> width) {
        return Command.of(edge.title(), s -> {
            List<Box> boxes = boxes(s, ids, width);
            if (boxes.size() < 2) {
                return s;
            }
            double left = boxes.stream().mapToDouble(Box::x).min().orElseThrow();
            double right = boxes.stream().mapToDouble(b -> b.x() + b.w()).max().orElseThrow();
            double top = boxes.stream().mapToDouble(Box::y).min().orElseThrow();
            double bottom = boxes.stream().mapToDouble(b -> b.y() + BoxSize.HEIGHT).max().orElseThrow();
            Map<String, Position> moved = new LinkedHashMap<>();
            for (Box b : boxes) {
                double x = switch (edge) {
                    case LEFT -> left;
                    case CENTER -> (left + right) / 2 - b.w() / 2;
                    case RIGHT -> right - b.w();
                    default -> b.x();
                };
                double y = switch (edge) {
                    case TOP -> top;
                    case MIDDLE -> (top + bottom) / 2 - BoxSize.HEIGHT / 2;
                    case BOTTOM -> bottom - BoxSize.HEIGHT;
                    default -> b.y();
                };
                moved.put(b.id(), new Position(x, y));
            }
            return new MoveNodes(edge.title(), moved).apply(s);
        });
    }

    /** Equal gaps between the boxes, the outermost two staying where they are. */
    public static Command distribute(Set<String> ids, boolean horizontally, ToDoubleFunction<String> width) {
        String title = horizontally ? "Distribute Horizontally" : "Distribute Vertically";
        return Command.of(title, s -> {
            List<Box> boxes = boxes(s, ids, width);
            if (boxes.size() < 3) {
                return s;
            }
            ToDoubleFunction<Box> start = horizontally ? Box::x : Box::y;
            ToDoubleFunction<Box> size = horizontally ? Box::w : b -> BoxSize.HEIGHT;
            boxes.sort(Comparator.comparingDouble(b -> start.applyAsDouble(b) + size.applyAsDouble(b) / 2));
            Box first = boxes.get(0);
            Box last = boxes.get(boxes.size() - 1);
            double span = start.applyAsDouble(last) + size.applyAsDouble(last) - start.applyAsDouble(first);
            double gap = (span - boxes.stream().mapToDouble(size).sum()) / (boxes.size() - 1);
            Map<String, Position> moved = new LinkedHashMap<>();
            double at = start.applyAsDouble(first);
            for (Box b : boxes) {
                moved.put(b.id(), horizontally ? new Position(at, b.y()) : new Position(b.x(), at));
                at += size.applyAsDouble(b) + gap;
            }
            return new MoveNodes(title, moved).apply(s);
        });
    }

    private record Box(String id, double x, double y, double w) {
    }

    private static List<Box> boxes(Scenario s, Set<String> ids, ToDoubleFunction<String> width) {
        List<Box> boxes = new ArrayList<>();
        for (String id : ids) {
            s.position(id).ifPresent(p -> boxes.add(new Box(id, p.x(), p.y(), width.applyAsDouble(id))));
        }
        return boxes;
    }
}
