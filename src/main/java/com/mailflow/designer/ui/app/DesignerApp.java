package com.mailflow.designer.ui.app;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.RecoveryStore;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.ui.dialog.FxDialogService;
import com.mailflow.designer.ui.service.AutosaveService;
import com.mailflow.designer.ui.service.BackgroundTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.UserSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: offers back unsaved work after a crash, then opens the file named on the
 * command line, else the last file worked on; the very first start shows a sample template,
 * titled as a sample.
 * Start-up does only what the first frame needs (menus, drawing, status line): the toolbar,
 * palette, stage bar and panels are built, and the first analysis starts, once that frame is drawn.
 */
public final class DesignerApp extends Application {
    static final String SAMPLE = "shared-address-space";
    private static final String UNTITLED = "Untitled scenario";
    /** What the window needs before it can show, read while the toolkit starts (see {@link #preload}). */
    private static volatile CompletableFuture<Preloaded> preloaded;

    /** The first scenario and the recent-files list (java.util.prefs parses XML: 0.2-0.3 s). */
    private record Preloaded(Scenario scenario, boolean sample, RecentFiles recent, UserSettings settings) {
    }

    /**
     * Starts reading the first scenario and the recent files on another thread before JavaFX
     * starts, so that this reading overlaps with the toolkit's own start instead of delaying the
     * first frame. With a file argument the window opens on an empty scenario and loads the
     * file as soon as it shows.
     */
    static void preload(List<String> args) {
        preloaded = CompletableFuture.supplyAsync(() -> {
            RecentFiles recent = RecentFiles.forUser();
            UserSettings settings = UserSettings.forUser();
            // The sample only the first time; afterwards the last file, else an empty scenario.
            boolean sample = args.isEmpty() && settings.firstStart();
            Scenario first = sample ? sample() : Scenario.empty(UNTITLED);
            StartupProbe.mark("preload-done");
            return new Preloaded(first, sample, recent, settings);
        });
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fx-start");
        List<String> args = getParameters().getRaw();
        if (preloaded == null) {
            preload(args);
        }
        Preloaded ready = preloaded.join();
        StartupProbe.mark("preloaded");
        AfterFirstFrame executor = new AfterFirstFrame(new BackgroundTaskExecutor());
        FxDialogService dialogs = new FxDialogService(stage);
        DesignerServices services = new DesignerServices(dialogs, executor, ready.recent(),
                file -> getHostServices().showDocument(file.toUri().toString()));
        StartupQueue afterFirstFrame = new StartupQueue();
        MainWindow window = new MainWindow(stage, services, ready.scenario(), null, afterFirstFrame);
        window.useSettings(ready.settings());
        if (ready.sample()) {
            window.document().showAsSample();
        }
        afterFirstFrame.accept(executor::open);
        StartupProbe.mark("window-built");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        fitToScreen(stage);
        StartupProbe.onFirstFrame(stage, () -> {
            if (StartupProbe.active()) {
                StartupProbe.report(window.analysis().reportProperty());
            }
            afterFirstFrame.start(StartupProbe::windowComplete);
        });
        stage.show();
        StartupProbe.mark("shown");
        RecoveryStore recovery = RecoveryStore.forUser();
        AutosaveService autosave = new AutosaveService(recovery, java.time.Clock.systemUTC());
        window.enableAutosave(autosave);
        Platform.runLater(() -> {
            if (new RecoveryOffer(recovery, dialogs, window.files(), window.document(), autosave::flush).offer()) {
                return;
            }
            // The file named on the command line, else the last one worked on, else the sample.
            Optional<Path> file = args.isEmpty() ? window.files().lastFile() : Optional.of(Path.of(args.get(0)));
            file.ifPresent(window.files()::load);
        });
    }

    /** Most of the screen, so the drawing has room; the window manager may still maximize it. */
    private static void fitToScreen(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1600, screen.getWidth()));
        stage.setHeight(Math.min(1000, screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
    }

    /** The sample shown at start: the shared address space template, else the first one, else empty. */
    public static Scenario sample() {
        try {
            List<String> ids = TemplateCatalog.ids();
            String id = ids.contains(SAMPLE) ? SAMPLE : ids.isEmpty() ? null : ids.get(0);
            if (id != null) {
                return TemplateCatalog.load(id).orElseGet(() -> Scenario.empty(UNTITLED));
            }
        } catch (ScenarioFormatException | RuntimeException e) {
            // A broken template must not keep the designer from starting.
        }
        return Scenario.empty(UNTITLED);
    }
}
