package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.AppVersion;
import com.mailflow.designer.ui.dialog.AboutBox;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The designer's start as DesignerApp does it: the first frame first, panels and analysis after. */
@ExtendWith(ApplicationExtension.class)
class StartupTest {
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private final List<Runnable> afterFirstFrame = new ArrayList<>();
    private final AfterFirstFrame executor = new AfterFirstFrame(new CurrentThreadTaskExecutor());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        DesignerServices services = new DesignerServices(new ScriptedDialogs(), executor, new RecentFiles(prefs),
                file -> { });
        window = new MainWindow(stage, services, DesignerApp.sample(), null, afterFirstFrame::add);
        afterFirstFrame.add(executor::open);
        stage.show();
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theFirstFrameShowsTheDrawingAndThePanelsAndAnalysisFollow(FxRobot robot) {
        assertFalse(window.document().scenario().nodes().isEmpty(), "the sample is drawn at once");
        assertTrue(robot.lookup("#results").tryQuery().isEmpty(), "results not built before the first frame");
        assertTrue(robot.lookup("#side-tabs").tryQuery().isEmpty(), "side panels not built before the first frame");
        assertNull(window.analysis().reportProperty().get(), "no analysis before the first frame");

        robot.interact(() -> afterFirstFrame.forEach(Runnable::run));

        assertTrue(robot.lookup("#results").tryQuery().isPresent());
        assertTrue(robot.lookup("#side-tabs").tryQuery().isPresent());
        assertNotNull(window.analysis().reportProperty().get(), "the held analysis ran");
        assertTrue(robot.lookup("#results .tab-header-area").lookup("Flows (" 
                + window.analysis().reportProperty().get().flows().size() + ")").tryQuery().isPresent(),
                "the results show the analysis of the sample");
    }

    @Test
    void theAboutBoxShowsTheBuildsVersion() {
        assertTrue(AboutBox.text().startsWith("Mailflow Designer " + AppVersion.version() + "\n"));
    }
}
