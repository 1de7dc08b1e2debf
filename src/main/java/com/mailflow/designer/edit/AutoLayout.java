package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;
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
import java.util.function.ToDoubleFunction;

/**
 * The one layout of the designer and of the handouts: left to right by role, the way
 * consultants draw mail flow (Internet, filters, the cloud service, gateways, servers, then
 * applications and devices). Each column is ordered by its neighbours' rows (fewer crossings),
 * centred on one middle line, and a tall column wraps into several. {@link ColumnPlacer} puts each
 * box where no link's straight line passes through an unrelated box.
 */
public final class AutoLayout {
    /** Wider than the widest box, leaving room for a link's label between two columns. */
    public static final double COLUMN_GAP = 340;
    public static final double ROW_GAP = 160;
    public static final double MARGIN = 40;
    private static final int SWEEPS = 4;

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

    /** Every node's top-left corner, boxes taken at their widest. */
    public static Map<String, Position> compute(Scenario scenario) {
        return compute(scenario, n -> BoxSize.MAX_WIDTH);
    }

    /** Every node's top-left corner for boxes {@code width(node)} wide and {@link BoxSize#HEIGHT} tall. */
    public static Map<String, Position> compute(Scenario scenario, ToDoubleFunction<Node> width) {
        List<List<Node>> columns = ordered(columns(scenario.nodes(), scenario.links()), scenario.links());
        int tallest = columns.stream().mapToInt(List::size).max().orElse(0);
        double middle = MARGIN + (tallest - 1) * ROW_GAP / 2;
        Map<String, Position> placed = new ColumnPlacer(BoxSize.HEIGHT, ROW_GAP, width)
                .place(columns, scenario.links(), COLUMN_GAP, MARGIN, middle);
        Map<String, Position> positions = new LinkedHashMap<>();
        scenario.nodes().forEach(n -> positions.put(n.id(), placed.get(n.id())));
        return positions;
    }

    /**
     * The user's positions where the file has them; the nodes without one laid out by
     * {@link #compute} in a band below the placed ones, so their links do not cross them.
     */
    public static Map<String, Position> complete(Scenario scenario, ToDoubleFunction<Node> width) {
        List<Node> unplaced = new ArrayList<>();
        Map<String, Position> result = new LinkedHashMap<>();
        double left = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Node n : scenario.nodes()) {
            Position p = scenario.layout().get(n.id());
            if (p != null && Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                result.put(n.id(), p);
                left = Math.min(left, p.x());
                bottom = Math.max(bottom, p.y() + BoxSize.HEIGHT);
            } else {
                unplaced.add(n);
            }
        }
        if (unplaced.isEmpty()) {
            return result;
        }
        double dx = left == Double.POSITIVE_INFINITY ? 0 : left - MARGIN;
        double dy = bottom == Double.NEGATIVE_INFINITY ? 0 : bottom + ROW_GAP - BoxSize.HEIGHT;
        compute(scenario.withNodes(unplaced), width).forEach((id, p) -> result.put(id, p.translate(dx, dy)));
        return result;
    }

    /** Arrange as one undoable command. */
    public static Command command(ToDoubleFunction<Node> width) {
        return Command.of("Arrange automatically", s -> new MoveNodes("Arrange", compute(s, width)).apply(s));
    }

    public static Command command() {
        return command(n -> BoxSize.MAX_WIDTH);
    }

    /**
     * Nodes by role column. Linked nodes of one role go into side-by-side columns (a greedy
     * colouring of their links), because a straight link between two boxes of one column would
     * run through the boxes between them; a column taller than about the square root of the node
     * count wraps into several.
     */
    private static List<List<Node>> columns(List<Node> nodes, List<Link> links) {
        Map<String, Integer> role = new HashMap<>();
        nodes.forEach(n -> role.put(n.id(), column(n.kind())));
        Map<String, List<String>> sameRole = new HashMap<>();
        for (Link l : links) {
            if (!l.from().equals(l.to()) && role.containsKey(l.from()) && role.get(l.from()).equals(role.get(l.to()))) {
                sameRole.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
                sameRole.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from());
            }
        }
        Map<String, Integer> colour = new HashMap<>();
        TreeMap<Integer, TreeMap<Integer, List<Node>>> byRole = new TreeMap<>();
        for (Node n : nodes) {
            java.util.Set<Integer> taken = new java.util.HashSet<>();
            sameRole.getOrDefault(n.id(), List.of()).forEach(m -> {
                if (colour.containsKey(m)) {
                    taken.add(colour.get(m));
                }
            });
            int c = 0;
            while (taken.contains(c)) {
                c++;
            }
            colour.put(n.id(), c);
            byRole.computeIfAbsent(role.get(n.id()), k -> new TreeMap<>()).computeIfAbsent(c, k -> new ArrayList<>())
                    .add(n);
        }
        int rows = Math.max(8, (int) Math.ceil(Math.sqrt(nodes.size())));
        List<List<Node>> columns = new ArrayList<>();
        for (TreeMap<Integer, List<Node>> colours : byRole.values()) {
            for (List<Node> group : colours.values()) {
                for (int i = 0; i < group.size(); i += rows) {
                    columns.add(new ArrayList<>(group.subList(i, Math.min(group.size(), i + rows))));
                }
            }
        }
        return columns;
    }

    /** Barycentre ordering: each column sorted by the mean row of its nodes' neighbours in other columns. */
    private static List<List<Node>> ordered(List<List<Node>> columns, List<Link> links) {
        Map<String, Integer> columnOf = new HashMap<>();
        Map<String, Double> rank = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            for (int r = 0; r < columns.get(c).size(); r++) {
                columnOf.put(columns.get(c).get(r).id(), c);
            }
        }
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Link l : links) {
            Integer a = columnOf.get(l.from());
            Integer b = columnOf.get(l.to());
            if (a != null && b != null && !a.equals(b) && !l.from().equals(l.to())) {
                neighbours.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
                neighbours.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from());
            }
        }
        columns.forEach(column -> ranks(column, rank));
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean forward = sweep % 2 == 0;
            for (int i = 0; i < columns.size(); i++) {
                List<Node> column = columns.get(forward ? i : columns.size() - 1 - i);
                Map<String, Double> key = new HashMap<>();
                for (Node n : column) {
                    List<String> near = neighbours.getOrDefault(n.id(), List.of());
                    key.put(n.id(), near.isEmpty() ? rank.get(n.id())
                            : near.stream().mapToDouble(rank::get).average().orElse(0));
                }
                column.sort((x, y) -> Double.compare(key.get(x.id()), key.get(y.id())));
                ranks(column, rank);
            }
        }
        return columns;
    }

    /** Row index centred on the middle line, so columns of different heights compare. */
    private static void ranks(List<Node> column, Map<String, Double> rank) {
        for (int r = 0; r < column.size(); r++) {
            rank.put(column.get(r).id(), r - (column.size() - 1) / 2.0);
        }
    }
}
