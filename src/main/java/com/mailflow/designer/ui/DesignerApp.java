package com.mailflow.designer.ui;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.persistence.RecoveryStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: opens the file named on the command line, else a sample template. */
public final class DesignerApp extends Application {
    static final String SAMPLE = "shared-address-space";

    @Override
    public void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(stage);
        DesignerServices services = new DesignerServices(dialogs, new BackgroundTaskExecutor(), RecentFiles.forUser(),
                file -> getHostServices().showDocument(file.toUri().toString()));
        List<String> args = getParameters().getRaw();
        MainWindow window = new MainWindow(stage, services, sample(), null);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        fitToScreen(stage);
        stage.show();
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
                return TemplateCatalog.load(id).orElseGet(() -> Scenario.empty("Untitled scenario"));
            }
        } catch (ScenarioFormatException | RuntimeException e) {
            // A broken template must not keep the designer from starting.
        }
        return Scenario.empty("Untitled scenario");
    }
}
