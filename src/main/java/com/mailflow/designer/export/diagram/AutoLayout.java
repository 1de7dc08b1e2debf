package com.mailflow.designer.export.diagram;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places the nodes that have no layout position: left to right by kind, the way mail enters
 * (Internet, filters, the cloud service, partners, gateways, servers, applications and devices),
 * in a band below any nodes the user placed, so that their arrows do not cross the placed ones.
 * A tall column wraps into several.
 */
final class AutoLayout {
    static final double COLUMN_STEP = DiagramBuilder.NODE_WIDTH + 70;
    static final double ROW_STEP = DiagramBuilder.NODE_HEIGHT + 36;

    private AutoLayout() {
    }

    /** Every node's top-left corner: the user's position when it has one, else a computed one. */
    static Map<String, Position> positions(Scenario scenario) {
        Map<String, Position> result = new LinkedHashMap<>();
        Map<Integer, List<Node>> unplaced = new TreeMap<>();
        double left = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Node n : scenario.nodes()) {
            Position p = scenario.layout().get(n.id());
            if (p != null && Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                result.put(n.id(), p);
                left = Math.min(left, p.x());
                bottom = Math.max(bottom, p.y() + DiagramBuilder.NODE_HEIGHT);
            } else {
                unplaced.computeIfAbsent(column(n.kind()), k -> new ArrayList<>()).add(n);
            }
        }
        double x = left == Double.POSITIVE_INFINITY ? 0 : left;
        double y0 = bottom == Double.NEGATIVE_INFINITY ? 0 : bottom + 60;
        int total = unplaced.values().stream().mapToInt(List::size).sum();
        int rows = Math.max(6, (int) Math.ceil(Math.sqrt(total)));
        int tallest = Math.min(rows, unplaced.values().stream().mapToInt(List::size).max().orElse(0));
        Map<String, Position> placed = new HashMap<>();
        for (List<Node> column : unplaced.values()) {
            // Centre short columns on the tallest one so that arrows between columns stay level.
            int height = Math.min(rows, column.size());
            double offset = (tallest - height) * ROW_STEP / 2;
            for (int i = 0; i < column.size(); i++) {
                if (i > 0 && i % rows == 0) {
                    x += COLUMN_STEP;
                }
                placed.put(column.get(i).id(), new Position(x, y0 + offset + (i % rows) * ROW_STEP));
            }
            x += COLUMN_STEP;
        }
        result.putAll(placed);
        return result;
    }

    private static int column(NodeKind kind) {
        return switch (kind) {
            case INTERNET -> 0;
            case THIRD_PARTY_FILTER -> 1;
            case CLOUD_SERVICE -> 2;
            case THIRD_PARTY_SERVICE -> 3;
            case GATEWAY -> 4;
            case MAIL_SERVER -> 5;
            case APP_SERVER, DEVICE -> 6;
        };
    }
}
