package com.mailflow.designer.bench;

import com.mailflow.designer.edit.BoxSize;
import com.mailflow.designer.export.diagram.DiagramBuilder;
import com.mailflow.designer.export.diagram.LabelPlacer;
import com.mailflow.designer.export.diagram.Point;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Placing every link label of a drawing (what the canvas does after each edit and drag frame):
 * the placement rule alone, over the benchmark drawings, with fixed box widths and a
 * character-count label width (no fonts, no JavaFX).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LabelPlacementBenchmark {
    @Param({"1000", "5000"})
    int nodes;

    double[][] boxes;
    /** Per labelled link: start x, y, end x, y, label width. */
    double[][] labels;

    @Setup
    public void setUp() {
        Scenario s = com.mailflow.designer.fixtures.TopologyGenerator.generate(nodes, 42);
        boxes = s.nodes().stream().map(n -> s.layout().get(n.id()))
                .map(p -> new double[] {p.x(), p.y(), p.x() + 170, p.y() + BoxSize.HEIGHT}).toArray(double[][]::new);
        List<double[]> ls = new ArrayList<>();
        for (Link l : s.links()) {
            String text = DiagramBuilder.labelText(l);
            Position a = s.layout().get(l.from());
            Position b = s.layout().get(l.to());
            if (!text.isEmpty() && a != null && b != null) {
                ls.add(new double[] {a.x() + 85, a.y() + 36, b.x() + 85, b.y() + 36, text.length() * 5.5});
            }
        }
        labels = ls.toArray(double[][]::new);
    }

    @Benchmark
    public Point placeEveryLabel() {
        LabelPlacer placer = new LabelPlacer();
        for (double[] b : boxes) {
            placer.block(b[0], b[1], b[2], b[3]);
        }
        Point last = null;
        for (double[] l : labels) {
            last = placer.place(l[0], l[1], l[2], l[3], l[4], 12, 10);
        }
        return last;
    }
}
