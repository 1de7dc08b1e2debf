package com.mailflow.designer.bench;

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
 * One frame of panning or zooming a 5,000-node drawing in the real window: the viewport change,
 * the grid redraw, CSS, layout and the software paint. "fit" shows the whole drawing
 * (boxes without texts below 40 %), "100%" a window-sized part of it at full detail.
 * Run: {@code java -jar target/benchmarks.jar PanZoomBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PanZoomBenchmark {
    @Param({"5000"})
    public int nodes;

    @Param({"fit", "100%"})
    public String zoom;

    private DesignerUnderTest designer;
    private int tick;

    @Setup(Level.Trial)
    public void open() throws Exception {
        designer = DesignerUnderTest.showing(nodes, zoom.equals("100%"));
    }

    @TearDown(Level.Trial)
    public void close() {
        designer.close();
    }

    @Benchmark
    public long pan() {
        int t = ++tick;
        return Fx.call(() -> {
            designer.window().canvas().viewport().panBy(t % 2 == 0 ? 7 : -5, t % 2 == 0 ? 3 : -3);
            return designer.frame();
        });
    }

    /** Zooms in and back out by a wheel notch, around the middle of the canvas. */
    @Benchmark
    public long zoom() {
        int t = ++tick;
        return Fx.call(() -> {
            designer.window().canvas().zoomBy(t % 2 == 0 ? 1.1 : 1 / 1.1);
            return designer.frame();
        });
    }
}
