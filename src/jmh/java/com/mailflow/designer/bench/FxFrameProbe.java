package com.mailflow.designer.bench;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.ui.BackgroundTaskExecutor;
import com.mailflow.designer.ui.DesignerServices;
import com.mailflow.designer.ui.FxDialogService;
import com.mailflow.designer.ui.MainWindow;
import com.mailflow.designer.ui.RecentFiles;
import com.mailflow.designer.model.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Hand-held timing of the JavaFX parts, with timestamps (not a JMH benchmark: frames need the
 * toolkit). Run under a display (Xvfb is fine):
 * {@code java -cp target/benchmarks.jar com.mailflow.designer.bench.FxFrameProbe}.
 * It opens a 1,000-node file, moves a node once per frame, then opens 5,000 nodes and pans and
 * zooms once per frame. Frame time = time between pulses while the change runs every frame.
 */
public final class FxFrameProbe {
    private FxFrameProbe() {
    }

    /** A plain main class: launching an Application subclass directly fails on the classpath. */
    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    /** The probe itself. */
    public static final class Probe extends Application {
    private MainWindow window;
    private Path file1000;
    private Path file5000;

    @Override
    public void start(Stage stage) throws Exception {
        file1000 = write(1000);
        file5000 = write(5000);
        Preferences prefs = Preferences.userRoot().node("mailflow-probe");
        window = new MainWindow(stage, new DesignerServices(new FxDialogService(stage), new BackgroundTaskExecutor(),
                new RecentFiles(prefs), file -> { }), Scenario.empty("probe"), null);
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        Platform.runLater(this::openThousand);
    }

    private static Path write(int n) throws Exception {
        Path p = Files.createTempFile("probe-" + n, ".mailflow.json");
        ScenarioWriter.save(LargeScenarios.of(n), p);
        return p;
    }

    private void openThousand() {
        try {
            long r0 = System.nanoTime();
            Scenario s = com.mailflow.designer.persistence.ScenarioReader.read(file1000);
            report("  read 1,000-node file (cold)", System.nanoTime() - r0);
            long c0 = System.nanoTime();
            window.canvas().show(s);
            report("  canvas.show 1,000 nodes alone", System.nanoTime() - c0);
            long l0 = System.nanoTime();
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            report("  CSS + layout of them", System.nanoTime() - l0);
            window.canvas().show(Scenario.empty("x"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long t0 = System.nanoTime();
        window.files().load(file1000);
        long loaded = System.nanoTime();
        nextFrame(() -> {
            long shown = System.nanoTime();
            report("open 1,000-node file: read + canvas", loaded - t0);
            report("open 1,000-node file: until first frame after it", shown - t0);
            long a0 = System.nanoTime();
            new Analyzer().analyze(window.document().scenario());
            report("analysis of 1,000 nodes (worker thread in the app; timed here on FX)", System.nanoTime() - a0);
            frames(90, i -> {
                long m0 = System.nanoTime();
                window.edits().moveTo(Map.of("gw3", new Position(500 + (i % 2) * 40, 380)));
                moveWork.add(System.nanoTime() - m0);
            }, "move a node each frame, 1,000 nodes", this::openFiveThousand);
        });
    }

    private final List<Long> moveWork = new ArrayList<>();

    private void openFiveThousand() {
        summarize("  FX-thread work of one move (command + diff + view update)", moveWork);
        long t0 = System.nanoTime();
        window.files().load(file5000);
        nextFrame(() -> {
            report("open 5,000-node file: until first frame after it", System.nanoTime() - t0);
            frames(90, i -> window.canvas().viewport().panBy(i % 2 == 0 ? 7 : -5, 3),
                    "pan each frame, 5,000 nodes", () -> frames(90,
                            i -> window.canvas().zoomBy(i % 2 == 0 ? 1.1 : 1 / 1.05), "zoom each frame, 5,000 nodes",
                            () -> frames(90, i -> window.canvas().fitToWindow(), "fit to window each frame, 5,000 nodes",
                                    Platform::exit)));
        });
    }

    private static void nextFrame(Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Runs {@code change} once per pulse and reports the pulse intervals. */
    private static void frames(int count, IntConsumer change, String label, Runnable then) {
        List<Long> intervals = new ArrayList<>();
        new AnimationTimer() {
            private long last;
            private int i;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    intervals.add(now - last);
                }
                last = now;
                if (i++ == count) {
                    stop();
                    summarize(label + ": frame interval", intervals.subList(5, intervals.size()));
                    then.run();
                    return;
                }
                change.accept(i);
            }
        }.start();
    }

    private static void summarize(String label, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) (sorted.size() * 0.95)) / 1e6;
        System.err.printf("%-70s mean %6.2f ms  median %6.2f ms  p95 %6.2f ms  (n=%d)%n", label, mean, median, p95,
                sorted.size());
    }

    private static void report(String label, long nanos) {
        System.err.printf("%-70s %8.1f ms%n", label, nanos / 1e6);
    }
}
}
