package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    private final StartupQueue afterFirstFrame = new StartupQueue();
    private final AfterFirstFrame executor = new AfterFirstFrame(new CurrentThreadTaskExecutor());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        DesignerServices services = new DesignerServices(new ScriptedDialogs(), executor, new RecentFiles(prefs),
                file -> { });
        window = new MainWindow(stage, services, DesignerApp.sample(), null, afterFirstFrame);
        afterFirstFrame.accept(executor::open);
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
        assertTrue(robot.lookup("#tool-bar").tryQuery().isEmpty(), "toolbar not built before the first frame");
        assertTrue(robot.lookup("#palette").tryQuery().isEmpty(), "palette not built before the first frame");
        assertTrue(robot.lookup("#stage-bar").tryQuery().isEmpty(), "stage bar not built before the first frame");
        assertTrue(robot.lookup("#menu-bar").tryQuery().isPresent(), "the menus are there from the first frame");
        assertNull(window.analysis().reportProperty().get(), "no analysis before the first frame");

        robot.interact(afterFirstFrame::runAll);

        assertTrue(robot.lookup("#results").tryQuery().isPresent());
        assertTrue(robot.lookup("#tool-bar").tryQuery().isPresent());
        assertTrue(robot.lookup("#palette").tryQuery().isPresent());
        assertTrue(robot.lookup("#stage-bar").tryQuery().isPresent());
        assertTrue(robot.lookup("#side-tabs").tryQuery().isPresent());
        assertNotNull(window.analysis().reportProperty().get(), "the held analysis ran");
        assertTrue(robot.lookup("#results .tab-header-area").lookup("Flows (" 
                + window.analysis().reportProperty().get().flows().size() + ")").tryQuery().isPresent(),
                "the results show the analysis of the sample");
    }

    @Test
    void nothingMovesWhenTheLaterPartsArrive(FxRobot robot) throws Exception {
        javafx.geometry.Bounds before = org.testfx.util.WaitForAsyncUtils.asyncFx(this::canvasOnScreen).get();

        robot.interact(afterFirstFrame::runAll);
        javafx.geometry.Bounds after = org.testfx.util.WaitForAsyncUtils.asyncFx(this::canvasOnScreen).get();

        assertEquals(before.getMinX(), after.getMinX(), 0.5, "the palette's room is its width");
        assertEquals(before.getMinY(), after.getMinY(), 0.5, "the toolbar's and stage bar's rooms are their heights");
    }

    private javafx.geometry.Bounds canvasOnScreen() {
        window.scene().getRoot().applyCss();
        window.scene().getRoot().layout();
        return window.canvas().localToScene(window.canvas().getLayoutBounds());
    }

    @Test
    void menuIconsAreMadeWhenTheirMenuFirstOpens(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem save = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-save".equals(i.getId())).findFirst().orElseThrow();
        assertNull(save.getGraphic(), "no icon before the menu opens");

        robot.clickOn("File");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);

        assertNotNull(save.getGraphic(), "the icon once it has opened");
    }

    @Test
    void theAboutBoxShowsTheBuildsVersion() {
        assertTrue(AboutBox.text().startsWith("Mailflow Designer " + AppVersion.version() + "\n"));
    }
}
