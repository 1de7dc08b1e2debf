package com.mailflow.designer.bench;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
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
 * Opening a 1,000-node file in the real window, as File > Open does it: read and check the file,
 * build the canvas, fit it, and render the first frame; and until the analysis results are in
 * the tables too. The window starts as the designer does (the sample template, analysed); each
 * measurement then opens the file into it, showing an empty scenario. {@code cold} is the first
 * open in a fresh JVM (one per fork), the others are warmed up.
 * Run: {@code java -jar target/benchmarks.jar OpenFileBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class OpenFileBenchmark {
    @Param({"1000"})
    public int nodes;

    private DesignerUnderTest designer;
    private Path file;

    @Setup(Level.Trial)
    public void open() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        designer = DesignerUnderTest.openAsStarted();
        Fx.run(() -> {
            if (designer.window().analysis().reportProperty().get() != null) {
                started.countDown();
            } else {
                designer.window().analysis().reportProperty().addListener((o, a, r) -> started.countDown());
            }
        });
        started.await(30, TimeUnit.SECONDS);
        file = DesignerUnderTest.file(nodes);
    }

    /** Back to an empty document, its analysis done and rendered, before each measurement. */
    @Setup(Level.Invocation)
    public void empty() throws InterruptedException {
        if (Fx.call(() -> designer.window().document().scenario().nodes().isEmpty())) {
            return;
        }
        CountDownLatch analysed = reportLatch();
        Fx.run(() -> designer.window().document().replace(
                com.mailflow.designer.model.Scenario.empty("empty"), null));
        analysed.await(10, TimeUnit.SECONDS);
        Fx.run(designer::frame);
    }

    @TearDown(Level.Trial)
    public void close() {
        designer.close();
    }

    @Benchmark
    public long openAndShow() {
        return Fx.call(this::load);
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public long openAndShowCold() {
        return Fx.call(this::load);
    }

    /** Also waits for the background analysis and renders the window with its results. */
    @Benchmark
    public long openUntilResultsShown() throws InterruptedException {
        CountDownLatch analysed = reportLatch();
        Fx.call(this::load);
        analysed.await(30, TimeUnit.SECONDS);
        return Fx.call(designer::frame);
    }

    private long load() {
        if (!designer.window().files().load(file)) {
            throw new IllegalStateException("could not open " + file);
        }
        designer.window().canvas().fitToWindow();
        return designer.frame();
    }

    /** Counts down when the next analysis result reaches the window. */
    private CountDownLatch reportLatch() {
        CountDownLatch latch = new CountDownLatch(1);
        Fx.run(() -> designer.window().analysis().reportProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends com.mailflow.designer.analysis.Report> o,
                                com.mailflow.designer.analysis.Report before,
                                com.mailflow.designer.analysis.Report after) {
                o.removeListener(this);
                latch.countDown();
            }
        }));
        return latch;
    }
}
