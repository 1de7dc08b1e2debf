package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.mailflow.designer.edit.BoxSize;
import com.mailflow.designer.edit.Segments;
import com.mailflow.designer.model.Annotation;
import com.mailflow.designer.model.Annotations;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.ui.canvas.NodeView;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11's diagram work in the real window: names fit, marks show, Arrange fits, free texts. */
@ExtendWith(ApplicationExtension.class)
class DiagramFlowTest {
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DesignerServices services = new DesignerServices(new ScriptedDialogs(), new CurrentThreadTaskExecutor(),
                new RecentFiles(prefs), p -> { });
        window = new MainWindow(stage, services, Scenario.empty("Diagram test"), null);
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    private void open(FxRobot robot, Scenario s) {
        robot.interact(() -> window.document().replace(s, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Scenario template(String id) throws Exception {
        return TemplateCatalog.load(id).orElseThrow();
    }

    @Test
    void namesAreLaidOutWholeAndMarksShow(FxRobot robot) throws Exception {
        Scenario s = template("hybrid-third-party-filter");
        List<Node> nodes = s.nodes().stream().map(n -> n.id().equals("exch")
                ? n.withName("Exchange 2019 Mailbox Server (hybrid, site A)") : n).toList();
        open(robot, s.withNodes(nodes));
        robot.interact(() -> window.canvas().fitToWindow());
        for (Node n : nodes) {
            NodeView box = window.canvas().view(n.id()).orElseThrow();
            Text name = robot.lookup("#node-" + n.id() + " .node-name").queryAs(Text.class);
            assertEquals(n.name(), name.getText().replace("\n", " "), "the whole name, on up to two lines");
            double room = box.boxWidth() - BoxSize.TEXT_LEFT - 6;
            assertTrue(name.getLayoutBounds().getWidth() <= room + 0.5,
                    n.id() + ": " + name.getLayoutBounds().getWidth() + " > " + room);
        }
        assertEquals(2, window.canvas().view("exch").orElseThrow().nameLines().size());
        assertTrue(robot.lookup("#mark-filter-MX").tryQuery().isPresent(), "the filter is the MX target");
        assertTrue(robot.lookup("#mark-exch-CERT").tryQuery().isPresent(), "Exchange is identified by certificate");
        robot.clickOn("View").clickOn("#menu-legend");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#canvas-legend").query().isVisible());
    }

    @Test
    void aBoxWidensWhenItsHostnameGrowsAfterItWasDrawn(FxRobot robot) throws Exception {
        Scenario s = template("hybrid-third-party-filter");
        open(robot, s);
        String host = "relay01.mail.northwindtraders-europe.example.com";
        open(robot, s.withNodes(s.nodes().stream().map(n -> n.id().equals("exch")
                ? n.with(com.mailflow.designer.model.NodeAttribute.HOSTNAME, host) : n).toList()));
        robot.interact(() -> window.canvas().layout());
        WaitForAsyncUtils.waitForFxEvents();
        NodeView box = window.canvas().view("exch").orElseThrow();
        Text detail = robot.lookup("#node-exch .node-kind").queryAs(Text.class);
        assertTrue(box.getWidth() >= detail.getLayoutX() + detail.getLayoutBounds().getWidth() - 0.5
                || detail.getText().endsWith("\u2026"), "the detail line fits the laid-out box: " + box.getWidth());
        assertEquals(box.boxWidth(), box.getWidth(), 0.5, "laid out at the width its texts need");
    }

    @Test
    void arrangeLeavesNoLinkThroughABoxAndFitsTheView(FxRobot robot) throws Exception {
        Scenario s = template("hybrid-centralized-transport");
        open(robot, s);
        robot.interact(() -> window.canvas().viewport().zoomAt(4, 0, 0));
        robot.clickOn("#canvas").press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Scenario arranged = window.document().scenario();
        assertFalse(arranged.layout().equals(s.layout()), "Arrange moved the boxes");
        Bounds visible = window.canvas().localToScreen(window.canvas().getLayoutBounds());
        for (Node n : arranged.nodes()) {
            NodeView v = window.canvas().view(n.id()).orElseThrow();
            Bounds b = v.localToScreen(v.getLayoutBounds());
            assertTrue(visible.contains(b), n.id() + " is on screen after Arrange");
        }
        for (Link l : arranged.links()) {
            NodeView a = window.canvas().view(l.from()).orElseThrow();
            NodeView b = window.canvas().view(l.to()).orElseThrow();
            for (Node n : arranged.nodes()) {
                NodeView o = window.canvas().view(n.id()).orElseThrow();
                if (o != a && o != b) {
                    assertFalse(Segments.crossesRect(a.centerX(), a.centerY(), b.centerX(), b.centerY(),
                            o.getLayoutX(), o.getLayoutY(), o.getLayoutX() + o.boxWidth(),
                            o.getLayoutY() + NodeView.HEIGHT), l + " through " + n.id());
                }
            }
        }
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(s.layout(), window.document().scenario().layout(), "Arrange is one undo step");
    }

    @Test
    void addEditMoveUndoAndDeleteAText(FxRobot robot) {
        robot.clickOn("Insert").clickOn("Text");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Customer site A").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Annotation> notes = Annotations.of(window.document().scenario());
        assertEquals(1, notes.size());
        assertEquals("Customer site A", notes.get(0).text());
        String id = notes.get(0).id();
        robot.drag("#annotation-" + id, MouseButton.PRIMARY).moveBy(120, 80).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Annotation moved = Annotations.of(window.document().scenario()).get(0);
        assertTrue(moved.x() > notes.get(0).x() + 60 && moved.y() > notes.get(0).y() + 40, moved.toString());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(notes.get(0), Annotations.of(window.document().scenario()).get(0), "the move is one undo step");
        robot.doubleClickOn("#annotation-" + id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Site B").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Site B", Annotations.of(window.document().scenario()).get(0).text());
        assertEquals("Site B", robot.lookup("#annotation-" + id).queryAs(Text.class).getText());
        robot.rightClickOn("#annotation-" + id).clickOn("Delete Text");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Annotations.of(window.document().scenario()).isEmpty());
        assertEquals(0, window.canvas().annotations().count());
        assertFalse(window.document().scenario().extras().containsKey(Annotations.KEY));
        assertEquals(Map.of(), window.document().scenario().extras());
    }

    @Test
    void handoutDetailsAreEditedInTheirDialogAndUndone(FxRobot robot) {
        robot.clickOn("File").clickOn("#menu-handout-details");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#handout-customer").write("Contoso Ltd");
        robot.clickOn("#handout-author").write("A. Consultant");
        robot.clickOn("#handout-date").write("1 December 2026");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new com.mailflow.designer.model.HandoutDetails("Contoso Ltd", "A. Consultant", "1 December 2026",
                null), com.mailflow.designer.model.HandoutDetails.of(window.document().scenario()));
        robot.clickOn("#canvas").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(com.mailflow.designer.model.HandoutDetails.NONE,
                com.mailflow.designer.model.HandoutDetails.of(window.document().scenario()));
    }

    @Test
    void alignAndDistributeSelectedBoxesFromTheToolbarEachOneUndoStep(FxRobot robot) throws Exception {
        Scenario s = template("hybrid-third-party-filter");
        open(robot, s);
        robot.interact(() -> window.canvas().fitToWindow());
        robot.clickOn("#node-internet").press(KeyCode.SHIFT).clickOn("#node-filter").clickOn("#node-exch")
                .release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.document().selection().nodes().size());
        robot.clickOn("#tool-align-top");
        WaitForAsyncUtils.waitForFxEvents();
        Scenario aligned = window.document().scenario();
        double y = aligned.position("internet").orElseThrow().y();
        assertEquals(y, aligned.position("filter").orElseThrow().y());
        assertEquals(y, aligned.position("exch").orElseThrow().y());
        robot.clickOn("#tool-distribute-horizontally");
        WaitForAsyncUtils.waitForFxEvents();
        NodeView a = window.canvas().view("internet").orElseThrow();
        NodeView b = window.canvas().view("filter").orElseThrow();
        NodeView c = window.canvas().view("exch").orElseThrow();
        List<NodeView> byX = new java.util.ArrayList<>(List.of(a, b, c));
        byX.sort(java.util.Comparator.comparingDouble(NodeView::getLayoutX));
        double gap1 = byX.get(1).getLayoutX() - byX.get(0).getLayoutX() - byX.get(0).boxWidth();
        double gap2 = byX.get(2).getLayoutX() - byX.get(1).getLayoutX() - byX.get(1).boxWidth();
        assertEquals(gap1, gap2, 1e-6, "equal gaps on screen");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(aligned.layout(), window.document().scenario().layout(), "distribute is one undo step");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(s.layout(), window.document().scenario().layout(), "align is one undo step");
    }
}
