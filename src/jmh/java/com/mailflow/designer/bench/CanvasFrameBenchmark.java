package com.mailflow.designer.bench;

import com.mailflow.designer.edit.NodeEdits;
import com.mailflow.designer.model.Position;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One frame of editing on a 1,000-node drawing, on the FX thread of the real window: the edit
 * (command, canvas diff, view update), any analysis result that arrived meanwhile (tables,
 * badges), CSS, layout and the paint of the changed region. The analysis itself runs on its worker thread,
 * coalesced: edits that come faster than it finishes only analyse the newest scenario.
 * Run: {@code java -jar target/benchmarks.jar CanvasFrameBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CanvasFrameBenchmark {
    @Param({"1000"})
    public int nodes;

    private DesignerUnderTest designer;
    private int tick;

    @Setup(Level.Trial)
    public void open() throws Exception {
        designer = DesignerUnderTest.showing(nodes, true);
    }

    @TearDown(Level.Trial)
    public void close() {
        designer.close();
    }

    /** Drag-and-drop of one box: the model changes once (layout only, so no new analysis). */
    @Benchmark
    public long moveNode() {
        int t = ++tick;
        return Fx.call(() -> {
            designer.window().edits().moveTo(Map.of("gw3", new Position(500 + (t % 2) * 40, 380)));
            return designer.frame();
        });
    }

    /** A move plus a rename every frame: each frame asks for a new analysis of 1,000 nodes. */
    @Benchmark
    public long moveAndRenameNode() {
        int t = ++tick;
        return Fx.call(() -> {
            designer.window().edits().moveTo(Map.of("gw3", new Position(500 + (t % 2) * 40, 380)));
            designer.window().document().execute(NodeEdits.rename("gw3", "Gateway 3 rev " + t));
            return designer.frame();
        });
    }
}
