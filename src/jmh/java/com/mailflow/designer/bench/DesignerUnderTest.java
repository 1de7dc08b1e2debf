package com.mailflow.designer.bench;

import com.mailflow.designer.fixtures.TopologyGenerator;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.ui.app.MainWindow;
import com.mailflow.designer.ui.dialog.FxDialogService;
import com.mailflow.designer.ui.service.BackgroundTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.RecentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.NodeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * The real designer window (1,600 x 1,000, real background analysis) in headless JavaFX, and
 * what one frame costs: {@link #frame()} runs one pulse (CSS, layout, sync) and waits until
 * the software renderer has painted it, as the screen would show it.
 */
final class DesignerUnderTest {
    private final Stage stage;
    private final MainWindow window;
    private final Preferences prefs = Preferences.userRoot().node("mailflow-bench");
    private long frames;

    private DesignerUnderTest(Scenario initial) {
        stage = new Stage();
        window = new MainWindow(stage, new DesignerServices(new FxDialogService(stage), new BackgroundTaskExecutor(),
                new RecentFiles(prefs), file -> { }), initial, null);
        stage.setWidth(1600);
        stage.setHeight(1000);
        // Issue 11: measured with the legend overlay shown (the marks are drawn whenever analysis runs).
        window.canvas().legend().setVisible(true);
        stage.show();
    }

    /** Opens the window on the FX thread. */
    static DesignerUnderTest open() throws InterruptedException {
        Fx.start();
        return Fx.call(() -> new DesignerUnderTest(Scenario.empty("bench")));
    }

    /** Opens the window as the designer starts: showing the sample template. */
    static DesignerUnderTest openAsStarted() throws InterruptedException {
        Fx.start();
        return Fx.call(() -> new DesignerUnderTest(com.mailflow.designer.ui.app.DesignerApp.sample()));
    }

    /** The window showing a generated drawing of {@code nodes} boxes, fitted, or at 100 % around its middle. */
    static DesignerUnderTest showing(int nodes, boolean actualSize) throws InterruptedException {
        DesignerUnderTest designer = open();
        Scenario scenario = drawing(nodes);
        Fx.run(() -> designer.window.document().replace(scenario, null));
        // A new document queues a fit to the window; it has run by now, so the zoom set next stays.
        Fx.run(() -> {
            designer.window.canvas().fitToWindow();
            if (actualSize) {
                designer.window.canvas().zoomBy(1 / designer.window.canvas().viewport().zoom());
            }
            designer.frame();
        });
        Fx.run(() -> {
            if (actualSize != designer.window.canvas().viewport().zoom() >= 0.999) {
                throw new IllegalStateException("the benchmark's zoom did not hold");
            }
        });
        return designer;
    }

    MainWindow window() {
        return window;
    }

    /** One pulse and its paint; returns the number of frames so far. FX thread only. */
    long frame() {
        Fx.pulseAndPaint();
        return ++frames;
    }

    void close() {
        Fx.run(stage::close);
        try {
            prefs.removeNode();
        } catch (java.util.prefs.BackingStoreException e) {
            // A leftover preferences node is harmless.
        }
    }

    /**
     * A generated topology (the analysis benchmarks' generator) laid out as a consultant would
     * draw it: Internet, filter and cloud service on the left, and each gateway in the middle
     * of a block holding the servers, applications and devices that send through it. Blocks
     * fill a near-square grid.
     */
    static Scenario drawing(int nodes) {
        Scenario s = TopologyGenerator.generate(nodes, 42);
        Map<String, List<String>> behind = new LinkedHashMap<>();
        s.nodes().stream().filter(n -> n.kind() == NodeKind.GATEWAY).forEach(n -> behind.put(n.id(), new ArrayList<>()));
        Map<String, String> gatewayOf = new HashMap<>();
        for (Link l : s.links()) {
            if (behind.containsKey(l.to()) && !behind.containsKey(l.from()) && !gatewayOf.containsKey(l.from())
                    && s.node(l.from()).map(n -> n.kind().id()).filter(k -> !k.equals("cloud-service")).isPresent()) {
                gatewayOf.put(l.from(), l.to());
                behind.get(l.to()).add(l.from());
            }
        }
        Map<String, Position> layout = new LinkedHashMap<>();
        int row = 0;
        for (var n : s.nodes()) {
            if (n.kind() != NodeKind.GATEWAY && !gatewayOf.containsKey(n.id())) {
                layout.put(n.id(), new Position(40, 40 + row++ * 100.0));
            }
        }
        int side = 1 + 2 * (int) Math.ceil(Math.sqrt(behind.values().stream().mapToInt(List::size).max().orElse(1)) / 2);
        int blocksPerRow = (int) Math.ceil(Math.sqrt(behind.size()));
        int b = 0;
        for (var e : behind.entrySet()) {
            double left = 340 + (b % blocksPerRow) * (side * 240.0 + 120);
            double top = 40 + (b / blocksPerRow) * (side * 100.0 + 100);
            int centre = side * side / 2;
            layout.put(e.getKey(), new Position(left + (centre % side) * 240.0, top + (centre / side) * 100.0));
            int cell = 0;
            for (String id : e.getValue()) {
                cell += cell == centre ? 1 : 0;
                layout.put(id, new Position(left + (cell % side) * 240.0, top + (cell / side) * 100.0));
                cell++;
            }
            b++;
        }
        return s.withLayout(layout);
    }

    static Path file(int nodes) throws IOException {
        Path p = Files.createTempFile("mailflow-bench-" + nodes + "-", ".mailflow.json");
        p.toFile().deleteOnExit();
        ScenarioWriter.save(drawing(nodes), p);
        return p;
    }
}
