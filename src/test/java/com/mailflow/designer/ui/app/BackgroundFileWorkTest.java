package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.Scenarios;
import com.mailflow.designer.export.ExportFormat;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.ui.service.BackgroundTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.ExportRequest;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import com.mailflow.designer.ui.service.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Open, save and export on the real background executor: the work runs on a worker thread, and
 * while it runs the UI thread goes on handling events (each task waits for an event it posts);
 * the busy indicator shows meanwhile; closing the window waits for a running export.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundFileWorkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private final List<String> workThreads = Collections.synchronizedList(new ArrayList<>());
    private final List<Boolean> busyWhileWorking = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch exportMayFinish = new CountDownLatch(1);
    private volatile boolean holdExports;
    private MainWindow window;
    private Stage stage;
    @TempDir
    Path dir;

    /** The real executor, each task first proving that the UI thread is free while it runs. */
    private final class ProvingExecutor implements TaskExecutor {
        private final BackgroundTaskExecutor real = new BackgroundTaskExecutor();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            real.submit(() -> {
                workThreads.add(Thread.currentThread().getName());
                CountDownLatch uiAnswered = new CountDownLatch(1);
                Platform.runLater(() -> {
                    busyWhileWorking.add(window.document().busyProperty().get() != null);
                    uiAnswered.countDown();
                });
                if (!uiAnswered.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("the UI thread was blocked while file work ran");
                }
                if (holdExports) {
                    exportMayFinish.await(10, TimeUnit.SECONDS);
                }
                return work.call();
            }, onSuccess, onFailure);
        }

        @Override
        public <T> void submitLatest(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            real.submitLatest(work, onSuccess, onFailure);
        }

        @Override
        public void shutdown() {
            real.shutdown();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesignerServices services = new DesignerServices(dialogs, new ProvingExecutor(), new RecentFiles(prefs),
                file -> { });
        window = new MainWindow(stage, services, Scenarios.hybrid(), null);
        stage.show();
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void saveAndOpenRunOnAWorkerWhileTheWindowKeepsAnswering(FxRobot robot) throws Exception {
        Path file = dir.resolve("h.mailflow.json");
        dialogs.saveAnswer = file;
        boolean[] saved = {false};
        robot.interact(() -> saved[0] = window.files().saveAs());
        assertTrue(saved[0]);
        assertTrue(Files.exists(file));
        assertFalse(window.document().isDirty());
        Scenario other = TemplateCatalog.load("cloud-only").orElseThrow();
        robot.interact(() -> window.document().replace(other, null));
        boolean[] loaded = {false};
        robot.interact(() -> loaded[0] = window.files().load(file));
        assertTrue(loaded[0]);
        assertEquals(Scenarios.hybrid(), window.document().scenario());
        assertEquals(2, workThreads.size(), workThreads::toString);
        assertTrue(workThreads.stream().noneMatch(t -> t.contains("JavaFX")), workThreads::toString);
        assertEquals(List.of(true, true), busyWhileWorking, "the busy indicator shows while the file work runs");
        assertEquals(null, window.document().busyProperty().get());
    }

    @Test
    void closingWaitsForARunningExport(FxRobot robot) throws Exception {
        Path out = dir.resolve("handout.md");
        holdExports = true;
        robot.interact(() -> window.exports().export(new ExportRequest(ExportFormat.MARKDOWN, out, false)));
        assertTrue(window.exports().runningProperty().get());
        // Let the export finish a moment after the close request starts waiting.
        new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            exportMayFinish.countDown();
        }).start();
        robot.interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(Files.exists(out), "the window closed before the export was written");
        assertFalse(window.exports().runningProperty().get());
    }
}
