package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.ui.canvas.LinkView;
import com.mailflow.designer.ui.canvas.NodeView;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
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

/**
 * The canvas's geometry and look in the real window: link labels clear of boxes and of each other,
 * texts clear of the connect handle, Fit to Window with free texts, deleting a selected text from
 * the keyboard, the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasGeometryFlowTest {
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stage.setWidth(1400);
        stage.setHeight(900);
        window = HeadlessWindow.open(stage, new ScriptedDialogs(), prefs, Scenario.empty("Geometry test"));
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    private void open(FxRobot robot, Scenario s) {
        robot.interact(() -> window.document().replace(s, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Boxes side by side and a fan of long-labelled links converging on one gateway. */
    static Scenario crowded() {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Map<String, Position> layout = new HashMap<>();
        nodes.add(Node.of("gw", NodeKind.GATEWAY, "Gateway"));
        layout.put("gw", new Position(420, 200));
        nodes.add(Node.of("mail", NodeKind.MAIL_SERVER, "Mail"));
        layout.put("mail", new Position(590, 200));
        links.add(Link.scoped("gw", "mail", List.of("contoso.com")));
        links.add(Link.scoped("mail", "gw", List.of("fabrikam.com")));
        for (int i = 0; i < 6; i++) {
            nodes.add(Node.of("app" + i, NodeKind.APP_SERVER, "App " + i));
            layout.put("app" + i, new Position(0, i * 76));
            links.add(Link.scoped("app" + i, "gw", List.of("notify" + i + ".contoso.com", "alerts.contoso.com")));
        }
        return Scenario.empty("Crowded").withNodes(nodes).withLinks(links).withLayout(layout);
    }

    /** Every shown label's laid-out bounds, in content coordinates. */
    private List<Bounds> labelBounds(Scenario s) {
        List<Bounds> labels = new ArrayList<>();
        for (Link l : s.links()) {
            LinkView v = window.canvas().linkView(LinkKey.of(l)).orElseThrow();
            for (javafx.scene.Node child : v.getChildrenUnmodifiable()) {
                if (child instanceof Text t && child.getStyleClass().contains("link-label") && t.isVisible()
                        && !t.getText().isEmpty()) {
                    labels.add(v.localToParent(t.getBoundsInParent()));
                }
            }
        }
        return labels;
    }

    private void assertLabelsClear(String what, Scenario s) {
        List<Bounds> labels = labelBounds(s);
        List<Bounds> boxes = new ArrayList<>();
        for (Node n : s.nodes()) {
            NodeView box = window.canvas().view(n.id()).orElseThrow();
            boxes.add(new BoundingBox(box.getLayoutX(), box.getLayoutY(), box.boxWidth(), NodeView.HEIGHT));
        }
        for (int i = 0; i < labels.size(); i++) {
            Bounds r = labels.get(i);
            for (Bounds b : boxes) {
                assertFalse(strictlyOverlap(r, b), what + ": a label " + r + " covers a box " + b);
            }
            for (int j = 0; j < i; j++) {
                assertFalse(strictlyOverlap(r, labels.get(j)), what + ": two labels overlap: " + r + " " + labels.get(j));
            }
        }
    }

    private static boolean strictlyOverlap(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX() && a.getMinY() < b.getMaxY()
                && b.getMinY() < a.getMaxY();
    }

    @Test
    void linkLabelsCoverNoBoxAndNoOtherLabelOnScreenAlsoWhileABoxIsDragged(FxRobot robot) throws Exception {
        Scenario s = crowded();
        open(robot, s);
        assertEquals(8, labelBounds(s).size(), "every link shows its label");
        Text wrapped = (Text) window.canvas().linkView(LinkKey.of(s.links().get(2))).orElseThrow()
                .lookup(".link-label");
        assertEquals(2, wrapped.getText().lines().count(), "a long label wraps as in the handout: " + wrapped.getText());
        assertLabelsClear("crowded", s);
        // Drag a sender right next to the gateway: the labels make room, during the drag and after it.
        robot.drag("#node-app5", MouseButton.PRIMARY).moveBy(150, -60);
        WaitForAsyncUtils.waitForFxEvents();
        assertLabelsClear("while dragging", s);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.document().scenario().position("app5").orElseThrow().x() > 100, "the box moved");
        assertLabelsClear("after the drag", window.document().scenario());
    }

    @Test
    void everyTemplatesLabelsAreClearOnScreen(FxRobot robot) throws Exception {
        for (String id : TemplateCatalog.ids()) {
            Scenario s = TemplateCatalog.load(id).orElseThrow();
            open(robot, s);
            assertLabelsClear(id, window.document().shown());
        }
    }

    @Test
    void theConnectHandleAndTheSelectionBorderLeaveTheDetailLineWhole(FxRobot robot) {
        Node relay = Node.of("relay", NodeKind.GATEWAY, "Relay")
                .with(com.mailflow.designer.model.NodeAttribute.HOSTNAME, "smtp-relay01.mail.northwind.example.com");
        Node server = Node.of("exch", NodeKind.MAIL_SERVER, "Exchange 2019 Mailbox Server (hybrid)")
                .with(com.mailflow.designer.model.NodeAttribute.HOSTNAME, "ex01.contoso.com");
        open(robot, Scenario.empty("Handle").withNodes(List.of(relay, server))
                .withLayout(Map.of("relay", new Position(100, 100), "exch", new Position(100, 260))));
        for (String id : List.of("relay", "exch")) {
            robot.clickOn("#node-" + id).moveTo("#node-" + id);
            WaitForAsyncUtils.waitForFxEvents();
            NodeView box = window.canvas().view(id).orElseThrow();
            assertTrue(box.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")));
            Bounds port = robot.lookup(".port").query().localToScene(robot.lookup(".port").query().getBoundsInLocal());
            Bounds inside = box.localToScene(box.getLayoutBounds());
            double border = 2 * window.canvas().viewport().zoom();
            for (String text : List.of(".node-kind", ".node-name")) {
                Text t = robot.lookup("#node-" + id + " " + text).queryAs(Text.class);
                Bounds b = t.localToScene(t.getLayoutBounds());
                assertFalse(b.intersects(port), id + text + " '" + t.getText() + "' is under the handle: " + b + " " + port);
                assertTrue(b.getMaxX() <= inside.getMaxX() - border, id + text + " runs under the selection border");
            }
        }
    }

    @Test
    void theConnectHandleStaysOnTheEdgeOfABoxRenamedUnderThePointer(FxRobot robot) {
        open(robot, Scenario.empty("Handle").withNodes(List.of(Node.of("gw", NodeKind.GATEWAY, "Gateway")))
                .withLayout(Map.of("gw", new Position(100, 100))));
        robot.moveTo("#node-gw");
        assertTrue(robot.lookup(".port").tryQuery().isPresent(), "the handle shows on the hovered box");

        robot.interact(() -> window.document().execute(com.mailflow.designer.edit.NodeEdits.rename("gw",
                "Gateway of the Fabrikam head office")));
        WaitForAsyncUtils.waitForFxEvents();

        NodeView box = window.canvas().view("gw").orElseThrow();
        javafx.scene.shape.Circle port = robot.lookup(".port").queryAs(javafx.scene.shape.Circle.class);
        assertEquals(box.getLayoutX() + box.boxWidth(), port.getCenterX(), 0.5, "the handle moved with the box's edge");
    }

    @Test
    void fitToWindowTakesInTheFreeTexts(FxRobot robot) {
        Scenario s = Scenario.empty("Texts").withNodes(List.of(Node.of("gw", NodeKind.GATEWAY, "Gateway")))
                .withLayout(Map.of("gw", new Position(0, 0)));
        s = com.mailflow.designer.model.Annotations.with(s, List.of(
                new com.mailflow.designer.model.Annotation("far", "Rack 4, data centre B", 2600, 1700),
                new com.mailflow.designer.model.Annotation("left", "Site A", -900, -300)));
        open(robot, s);
        robot.clickOn("#canvas");
        new DrawingRobot(robot, window).shortcut(javafx.scene.input.KeyCode.DIGIT0);
        Bounds visible = window.canvas().localToScreen(window.canvas().getLayoutBounds());
        for (String id : List.of("far", "left")) {
            Text t = robot.lookup("#annotation-" + id).queryAs(Text.class);
            Bounds b = t.localToScreen(t.getLayoutBounds());
            assertTrue(visible.contains(b), id + " is in view after Fit to Window: " + b + " in " + visible);
        }
        assertTrue(window.canvas().viewport().zoom() < 0.5, "zoomed out to take in the texts");
    }

    @Test
    void aClickedTextIsSelectedAndDeleteOrBackspaceRemovesItAsOneUndoStep(FxRobot robot) {
        Scenario s = Scenario.empty("Texts").withNodes(List.of(Node.of("gw", NodeKind.GATEWAY, "Gateway")))
                .withLayout(Map.of("gw", new Position(100, 100)));
        Scenario withText = com.mailflow.designer.model.Annotations.with(s,
                List.of(new com.mailflow.designer.model.Annotation("n1", "Site A", 140, 260)));
        open(robot, withText);
        DrawingRobot draw = new DrawingRobot(robot, window);
        robot.clickOn("#node-gw");
        robot.clickOn("#annotation-n1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.document().selection().isEmpty(), "selecting the text drops the boxes' selection");
        assertEquals("n1", window.canvas().annotations().selected().orElseThrow());
        assertTrue(robot.lookup("#annotation-selection").tryQuery().isPresent(), "the selected text is framed");
        robot.type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(com.mailflow.designer.model.Annotations.of(window.document().scenario()).isEmpty());
        assertTrue(window.document().scenario().node("gw").isPresent(), "the box stays");
        assertFalse(robot.lookup("#annotation-selection").tryQuery().isPresent());
        draw.shortcut(javafx.scene.input.KeyCode.Z);
        assertEquals(withText, window.document().scenario(), "the delete is one undo step");
        robot.clickOn("#annotation-n1").type(javafx.scene.input.KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(com.mailflow.designer.model.Annotations.of(window.document().scenario()).isEmpty(), "Backspace too");
        draw.shortcut(javafx.scene.input.KeyCode.Z);
        // Selecting a box afterwards deselects the text: Delete then removes the box, not the text.
        robot.clickOn("#annotation-n1").clickOn("#node-gw").type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.document().scenario().node("gw").isPresent());
        assertEquals(1, com.mailflow.designer.model.Annotations.of(window.document().scenario()).size());
    }

    @Test
    void theDarkThemeDarkensDiscsAndGridAndKeepsIconsAndLabelsReadable(FxRobot robot) throws Exception {
        open(robot, TemplateCatalog.load("hybrid-third-party-filter").orElseThrow());
        robot.interact(() -> window.canvas().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.paint.Color lightDisc = discOf("exch");
        javafx.scene.paint.Color lightGrid = gridDot();
        robot.clickOn("View").clickOn("#menu-dark-theme");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.paint.Color darkDisc = discOf("exch");
        assertTrue(lightDisc.getBrightness() > 0.85, "a light disc on the light canvas: " + lightDisc);
        assertTrue(darkDisc.getBrightness() < 0.45, "a dark disc on the dark canvas: " + darkDisc);
        assertTrue(gridDot().getBrightness() < lightGrid.getBrightness() - 0.3, "grid dots darker: " + gridDot());
        javafx.scene.paint.Color box = (javafx.scene.paint.Color) window.canvas().view("exch").orElseThrow()
                .getBackground().getFills().get(0).getFill();
        javafx.scene.paint.Color icon = (javafx.scene.paint.Color) robot.lookup("#node-exch .kind-icon")
                .queryAs(org.kordamp.ikonli.javafx.FontIcon.class).getIconColor();
        assertTrue(contrast(icon, darkDisc) >= 3, "icon on its disc: " + icon + " on " + darkDisc);
        Text label = robot.lookup(".link-label").match(javafx.scene.Node::isVisible).queryAs(Text.class);
        javafx.scene.paint.Color canvas = (javafx.scene.paint.Color) window.canvas().getBackground().getFills().get(0)
                .getFill();
        assertTrue(contrast((javafx.scene.paint.Color) label.getFill(), canvas) >= 4.5,
                "a label on the dark canvas: " + label.getFill() + " on " + canvas);
        Text name = robot.lookup("#node-exch .node-name").queryAs(Text.class);
        assertTrue(contrast((javafx.scene.paint.Color) name.getFill(), box) >= 4.5, "a name on its box");
        robot.clickOn("View").clickOn("#menu-dark-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lightDisc, discOf("exch"), "back to the light discs");
    }

    private javafx.scene.paint.Color discOf(String id) {
        return (javafx.scene.paint.Color) ((javafx.scene.shape.Circle) window.canvas().view(id).orElseThrow()
                .lookup(".node-disc")).getFill();
    }

    private javafx.scene.paint.Color gridDot() {
        return (javafx.scene.paint.Color) ((javafx.scene.shape.Shape) window.canvas().lookup(".grid-dot")).getFill();
    }

    /** The WCAG contrast ratio of two colours. */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
