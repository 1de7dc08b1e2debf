package com.mailflow.designer.edit;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Left-to-right layout by role, the way consultants draw mail flow: Internet, entry points and
 * filters, the cloud service, gateways, servers, then applications and devices. Rows are
 * spread evenly and every column is centred on the same middle line. Linear in the node count.
 */
public final class AutoLayout {
    public static final double COLUMN_GAP = 240;
    public static final double ROW_GAP = 120;
    public static final double MARGIN = 40;

    private AutoLayout() {
    }

    public static int column(NodeKind kind) {
        return switch (kind) {
            case INTERNET -> 0;
            case THIRD_PARTY_FILTER -> 1;
            case CLOUD_SERVICE, THIRD_PARTY_SERVICE -> 2;
            case GATEWAY -> 3;
            case MAIL_SERVER -> 4;
            case APP_SERVER, DEVICE -> 5;
        };
    }

    public static Map<String, Position> compute(Scenario scenario) {
        TreeMap<Integer, List<Node>> columns = new TreeMap<>();
        for (Node n : scenario.nodes()) {
            columns.computeIfAbsent(column(n.kind()), c -> new ArrayList<>()).add(n);
        }
        int tallest = columns.values().stream().mapToInt(List::size).max().orElse(0);
        double middle = MARGIN + (tallest - 1) * ROW_GAP / 2;
        Map<String, Position> positions = new LinkedHashMap<>();
        int x = 0;
        for (List<Node> column : columns.values()) {
            double top = middle - (column.size() - 1) * ROW_GAP / 2;
            for (int row = 0; row < column.size(); row++) {
                positions.put(column.get(row).id(),
                        new Position(MARGIN + x * COLUMN_GAP, Grid.snap(top + row * ROW_GAP)));
            }
            x++;
        }
        return positions;
    }

    public static Command command() {
        return Command.of("Arrange automatically", s -> new MoveNodes("Arrange", compute(s)).apply(s));
    }
}
