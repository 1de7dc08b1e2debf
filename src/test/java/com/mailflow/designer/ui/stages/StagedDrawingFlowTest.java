package com.mailflow.designer.ui.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.Phase;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.ui.app.DrawingRobot;
import com.mailflow.designer.ui.app.MainWindow;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Draws a two-stage migration from scratch with mouse and keyboard, headless, and reads its plan. */
@ExtendWith(ApplicationExtension.class)
class StagedDrawingFlowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DesignerServices services = new DesignerServices(dialogs, new CurrentThreadTaskExecutor(), new RecentFiles(prefs),
                p -> { });
        window = new MainWindow(stage, services, Scenario.empty("Contoso to Exchange Online"), null);
        stage.show();
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    private Scenario scenario() {
        return window.document().scenario();
    }

    private void place(FxRobot robot, NodeKind kind, double x, double y) {
        new DrawingRobot(robot, window).place(kind, x, y);
    }

    private void connect(FxRobot robot, String from, String to) {
        new DrawingRobot(robot, window).connect(from, to);
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        new DrawingRobot(robot, window).shortcut(key);
    }

    private static boolean onCanvas(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().isPresent();
    }

    private static boolean hasClass(FxRobot robot, String id, String styleClass) {
        return robot.lookup("#" + id).query().getStyleClass().contains(styleClass);
    }

    @SuppressWarnings("unchecked")
    private List<Step> plan(FxRobot robot) {
        robot.clickOn("#plan-tab");
        return robot.lookup("#plan-table").queryAs(TableView.class).getItems();
    }

    private String planHeading(FxRobot robot) {
        return robot.lookup("#plan-heading").queryAs(Label.class).getText();
    }

    @Test
    void drawTodayAddTheCloudStageAndReadThePlanIntoIt(FxRobot robot) throws Exception {
        // Today: mail for contoso.com enters and leaves through the on-premises server.
        assertTrue(onCanvas(robot, "stage-default"), "a drawing without stages shows its one implicit stage");
        place(robot, NodeKind.INTERNET, 120, 100);
        place(robot, NodeKind.MAIL_SERVER, 420, 100);
        connect(robot, "internet", "mail");
        connect(robot, "mail", "internet");
        robot.clickOn("#node-mail");
        robot.clickOn("#attr-addresses").write("131.107.1.17").type(KeyCode.ENTER);
        robot.clickOn("#attr-hostname").write("mail.contoso.com").type(KeyCode.ENTER);
        robot.clickOn("#domains-tab");
        robot.clickOn("#new-domain").write("contoso.com");
        robot.clickOn("#add-domain");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(scenario().isStaged());
        plan(robot);
        assertEquals("Set up Contoso to Exchange Online (from nothing)", planHeading(robot));

        // Stage 2: a copy of today; Exchange Online comes in, the on-premises server goes.
        robot.clickOn("#add-stage");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("today", "stage-2"), scenario().stageIds());
        assertEquals("stage-2", window.document().stage());
        assertTrue(onCanvas(robot, "stage-today") && onCanvas(robot, "stage-stage-2"));
        place(robot, NodeKind.CLOUD_SERVICE, 420, 300);
        connect(robot, "internet", "cloud");
        connect(robot, "cloud", "internet");
        robot.clickOn("#node-mail").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#domains-tab");
        // Mailbox hosts are picked from a list by name (issue 11).
        robot.clickOn("#domain-mailboxes");
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "Cloud service".equals(c.getText())).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        Scenario today = scenario().inStage("today");
        Scenario two = scenario().inStage("stage-2");
        assertTrue(today.node("mail").isPresent() && today.node("cloud").isEmpty());
        assertTrue(two.node("cloud").isPresent() && two.node("mail").isEmpty());
        assertEquals(List.of("mail"), today.domain("contoso.com").orElseThrow().mailboxes());
        assertEquals(List.of("cloud"), two.domain("contoso.com").orElseThrow().mailboxes());

        // The canvas shows stage 2 only: the cloud marked new, the server hidden (faint when asked).
        assertFalse(onCanvas(robot, "node-mail"));
        assertTrue(hasClass(robot, "node-cloud", "stage-new"));
        assertTrue(hasClass(robot, "link-internet-cloud", "stage-new"));
        robot.clickOn("#show-other-stages");
        WaitForAsyncUtils.waitForFxEvents();
        Node ghost = robot.lookup("#ghost-mail").query();
        assertTrue(ghost.getParent().isMouseTransparent(), "other stages' elements can't be selected");
        robot.clickOn("#show-other-stages");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onCanvas(robot, "ghost-mail"));

        // The plan into stage 2: Exchange Online set up before the MX moves to it, the old server decommissioned.
        List<String> steps = plan(robot).stream().map(st -> st.phase() + ": " + st.title()).toList();
        assertEquals("From Today to Stage 2", planHeading(robot));
        int mx = indexOf(steps, Phase.CUTOVER, "Point contoso.com's MX at contoso-com.mail.protection.outlook.com");
        int wait = indexOf(steps, Phase.WAIT, "Wait");
        int decommission = indexOf(steps, Phase.CLEANUP, "Decommission Mail server");
        assertTrue(mx >= 0 && mx < wait && wait < decommission, steps::toString);

        // Today again (Alt+Page Up): the server is back, marked as leaving; the plan is its set-up.
        robot.press(KeyCode.ALT, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("today", window.document().stage());
        assertTrue(onCanvas(robot, "node-mail") && !onCanvas(robot, "node-cloud"));
        assertTrue(hasClass(robot, "node-mail", "stage-leaving"));
        assertTrue(onCanvas(robot, "link-internet-mail"));
        plan(robot);
        assertEquals("Set up Today (from nothing)", planHeading(robot));

        // Rename stage 2 in place, then undo it; the file is written as version 2.
        robot.doubleClickOn("#stage-stage-2").write("Exchange Online").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Exchange Online", scenario().stageById("stage-2").orElseThrow().name());
        robot.press(KeyCode.ALT, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("From Today to Exchange Online", planHeading(robot));
        shortcut(robot, KeyCode.Z);
        assertEquals("Stage 2", scenario().stageById("stage-2").orElseThrow().name());
        assertEquals("From Today to Stage 2", planHeading(robot));
        Path file = dir.resolve("migration.mailflow.json");
        dialogs.saveAnswer = file;
        robot.interact(() -> window.files().saveAs());
        WaitForAsyncUtils.waitForFxEvents();
        String json = Files.readString(file);
        assertTrue(json.contains("\"version\" : 2") || json.contains("\"version\": 2"), json);
    }

    private static int indexOf(List<String> steps, Phase phase, String part) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).startsWith(phase + ":") && steps.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void reorderAndRemoveStagesFromTheBarAndUndoThem(FxRobot robot) {
        robot.interact(() -> window.files().load(Path.of("assets/templates/migration-hybrid.mailflow.json")));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = scenario().stageIds();
        assertEquals(3, ids.size());
        String first = ids.get(0);
        String second = ids.get(1);
        robot.clickOn("#stage-" + first).clickOn("#stage-right");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(second, first, ids.get(2)), scenario().stageIds());
        shortcut(robot, KeyCode.Z);
        assertEquals(ids, scenario().stageIds());
        robot.drag("#stage-" + first).dropTo("#stage-" + ids.get(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(second, ids.get(2), first), scenario().stageIds(), "dragged onto the last stage's place");
        shortcut(robot, KeyCode.Z);
        assertEquals(ids, scenario().stageIds());

        // The first stage holds elements of its own: removing it asks, and Cancel keeps it.
        dialogs.confirmAnswer = false;
        robot.clickOn("#stage-" + first).clickOn("#stage-remove-selected");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.confirmations.size(), dialogs.confirmations::toString);
        assertEquals(ids, scenario().stageIds());
        dialogs.confirmAnswer = true;
        robot.clickOn("#stage-" + first).clickOn("#stage-remove-selected");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(second, ids.get(2)), scenario().stageIds());
        assertFalse(onCanvas(robot, "stage-" + first));
        shortcut(robot, KeyCode.Z);
        assertEquals(ids, scenario().stageIds());
        assertTrue(onCanvas(robot, "stage-" + first));
    }
}
