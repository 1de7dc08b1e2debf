package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Places ordered columns left to right, each top to bottom, so that no link's straight line
 * passes through (or within {@link #CLEARANCE} of) a box other than its two ends: such a line
 * reads as a route through that box. A link is decided when its right end is placed: that box
 * goes at its wanted row or, when a line would cross something, the nearest free row where none
 * does (within a bound, else the row with the fewest). No link joins two boxes of one column (see {@link AutoLayout}).
 */
final class ColumnPlacer {
    static final double CLEARANCE = 12;
    /** How far down a box may go looking for a clear row: 120 grid steps, twenty rows. */
    private static final int SEARCH = 120;
    private final double height;
    private final double rowGap;
    private final ToDoubleFunction<Node> width;
    /** x, y, w of each placed box. */
    private final Map<String, double[]> placed = new HashMap<>();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final List<List<double[]>> columnBoxes = new ArrayList<>();
    private final Map<String, List<String>> leftNeighbours = new HashMap<>();
    /** Lines decided so far, as x1, y1, x2, y2, with the right end's column. */
    private final List<double[]> lines = new ArrayList<>();

    ColumnPlacer(double height, double rowGap, ToDoubleFunction<Node> width) {
        this.height = height;
        this.rowGap = rowGap;
        this.width = width;
    }

    Map<String, Position> place(List<List<Node>> columns, List<Link> links, double slotStep, double margin,
                                double middle) {
        for (int c = 0; c < columns.size(); c++) {
            for (Node n : columns.get(c)) {
                columnOf.put(n.id(), c);
            }
        }
        for (Link l : links) {
            Integer a = columnOf.get(l.from());
            Integer b = columnOf.get(l.to());
            if (a != null && b != null && !a.equals(b)) {
                String right = a > b ? l.from() : l.to();
                leftNeighbours.computeIfAbsent(right, k -> new ArrayList<>()).add(a > b ? l.to() : l.from());
            }
        }
        Map<String, Position> result = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            List<Node> column = columns.get(c);
            columnBoxes.add(new ArrayList<>());
            double slot = margin + c * slotStep;
            double wanted = middle - (column.size() - 1) * rowGap / 2;
            for (Node n : column) {
                double w = width.applyAsDouble(n);
                double x = Grid.snap(slot + (BoxSize.MAX_WIDTH - w) / 2);
                double y = nearestClear(n.id(), c, x, Grid.snap(wanted), w);
                double[] box = {x, y, w};
                placed.put(n.id(), box);
                columnBoxes.get(c).add(box);
                for (String left : leftNeighbours.getOrDefault(n.id(), List.of())) {
                    double[] o = placed.get(left);
                    lines.add(new double[] {o[0] + o[2] / 2, o[1] + height / 2, x + w / 2, y + height / 2, c});
                }
                result.put(n.id(), new Position(x, y));
                wanted += rowGap;
            }
        }
        return result;
    }

    /**
     * The free row nearest to {@code wanted} (up or down, a grid step at a time, within
     * {@link #SEARCH} steps) where the box keeps its distance from the column's placed boxes and
     * crosses nothing; when there is none, the free row with the fewest crossings.
     */
    private double nearestClear(String id, int c, double x, double wanted, double w) {
        double best = Double.NaN;
        int fewest = Integer.MAX_VALUE;
        for (int step = 0; step < 2 * SEARCH; step++) {
            double y = wanted + (step % 2 == 0 ? step / 2 : -(step + 1) / 2) * Grid.SIZE;
            if (!free(c, y)) {
                continue;
            }
            int crossings = crossings(id, c, x, y, w, fewest);
            if (crossings == 0) {
                return y;
            }
            if (crossings < fewest) {
                fewest = crossings;
                best = y;
            }
        }
        return Double.isNaN(best) ? below(c) : best;
    }

    /** Whether a box at row y keeps a row gap from every placed box of column {@code c}. */
    private boolean free(int c, double y) {
        for (double[] other : columnBoxes.get(c)) {
            if (Math.abs(other[1] - y) < rowGap) {
                return false;
            }
        }
        return true;
    }

    private double below(int c) {
        return columnBoxes.get(c).stream().mapToDouble(b -> b[1] + rowGap).max().orElse(0);
    }

    /**
     * Crossings of a box at (x, y) in column {@code c}: lines so far through it, and its own left
     * links through placed boxes; counting stops at {@code enough}.
     */
    private int crossings(String id, int c, double x, double y, double w, int enough) {
        double[] box = {x, y, w};
        int count = 0;
        for (double[] line : lines) {
            if (line[4] == c && crosses(line, box) && ++count >= enough) {
                return count;
            }
        }
        double cx = x + w / 2;
        double cy = y + height / 2;
        for (String left : leftNeighbours.getOrDefault(id, List.of())) {
            double[] o = placed.get(left);
            double[] line = {o[0] + o[2] / 2, o[1] + height / 2, cx, cy};
            for (int k = columnOf.get(left); k <= c; k++) {
                for (double[] other : columnBoxes.get(k)) {
                    if (other != o && crosses(line, other) && ++count >= enough) {
                        return count;
                    }
                }
            }
        }
        return count;
    }

    private boolean crosses(double[] line, double[] box) {
        return Segments.crossesRect(line[0], line[1], line[2], line[3], box[0] - CLEARANCE, box[1] - CLEARANCE,
                box[0] + box[2] + CLEARANCE, box[1] + height + CLEARANCE);
    }
}
