package com.mailflow.designer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.ui.app.MainWindow;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Training mode in the real window, headless: stepping a message, failing a node, an exercise, presenting. */
@ExtendWith(ApplicationExtension.class)
class TrainingFlowTest {
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DesignerServices services = new DesignerServices(new ScriptedDialogs(), new CurrentThreadTaskExecutor(),
                new RecentFiles(prefs), p -> { });
        window = new MainWindow(stage, services, TemplateCatalog.load("multifunction-device").orElseThrow(), null);
        stage.show();
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    private void openTraining(FxRobot robot) {
        javafx.scene.control.TabPane tabs = robot.lookup("#side-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> "training-tab".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String id, String value) {
        ComboBox<String> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void stepsAMessageHopByHopWithTheEnvelopeOnTheCanvas(FxRobot robot) {
        openTraining(robot);
        choose(robot, "#training-from", "mfp");
        choose(robot, "#training-to", "outside");
        robot.clickOn("#training-send");
        assertEquals("hop 1 of 2", text(robot, "#training-position"));
        assertTrue(robot.lookup("#training-envelope").query().isVisible());
        VBox narrative = robot.lookup("#training-narrative").queryAs(VBox.class);
        assertTrue(narrative.getChildren().stream().anyMatch(n -> n instanceof Label l
                && l.getText().contains("SenderIPAddresses")), "the connector match is told");
        robot.clickOn("#training-next");
        assertEquals("hop 2 of 2", text(robot, "#training-position"));
        assertEquals("Delivered.", text(robot, "#training-result"));
        robot.clickOn("#training-back");
        assertEquals("hop 1 of 2", text(robot, "#training-position"));
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("hop 2 of 2", text(robot, "#training-position"), "the keyboard steps too");
        assertEquals(List.of("mfp", "exo", "internet"), window.analysis().highlightedFlowProperty().get().path());
    }

    @Test
    void failingANodeDrawsItAndSaysWhichDomainsLoseMail(FxRobot robot) {
        openTraining(robot);
        choose(robot, "#training-from", "mfp");
        choose(robot, "#training-to", "outside");
        robot.clickOn("#training-send");
        robot.clickOn("#node-exo", MouseButton.SECONDARY);
        robot.clickOn("Fail in training");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#failed-exo").tryQuery().orElse(null));
        String summary = text(robot, "#training-whatif");
        assertTrue(summary.contains("contoso.com loses all its inbound mail"), summary);
        assertTrue(summary.contains("notify.contoso.com loses all its outbound mail"), summary);
        assertTrue(text(robot, "#training-result").startsWith("Not delivered: 550 4.4.7"),
                "the simulated message now stops at the failed node");
        robot.clickOn("#training-repair");
        assertFalse(robot.lookup("#failed-exo").tryQuery().isPresent());
        robot.clickOn("#training-spof");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.training().model().singlePointsProperty().get().isEmpty());
    }

    @Test
    void failingALinkByRightClickBreaksTheFlowsOverIt(FxRobot robot) {
        openTraining(robot);
        javafx.scene.Node hit = robot.lookup(".link-view").queryAll().stream()
                .map(n -> (com.mailflow.designer.ui.canvas.LinkView) n)
                .filter(v -> v.key().from().equals("mfp") && v.key().to().equals("exo"))
                .map(v -> v.lookup(".link-hit")).findFirst().orElseThrow();
        robot.clickOn(hit, MouseButton.SECONDARY);
        robot.clickOn("Fail link in training");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#failed-link-mfp-exo").tryQuery().isPresent());
        String summary = text(robot, "#training-whatif");
        assertTrue(summary.contains("mfp \u2192 exo") && summary.contains("notify.contoso.com loses"), summary);
    }

    @Test
    void anExerciseShowsItsGoalAndChecksWithoutTheAnswer(FxRobot robot) throws Exception {
        Path file = Path.of("assets", "exercises", "device-relay.mailflow.json");
        Scenario exercise = ScenarioReader.read(file);
        robot.interact(() -> window.document().replace(exercise, file));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#training-goal").contains("550 5.7.64"));
        robot.clickOn("#training-check-button");
        VBox results = robot.lookup("#training-check").queryAs(VBox.class);
        assertTrue(results.getChildren().stream().anyMatch(n -> ((Label) n).getText().contains("Not yet")));
        Scenario fixed = withPrinterAddress(exercise, "203.0.113.25");
        robot.interact(() -> window.document().replace(fixed, file));
        robot.clickOn("#training-check-button");
        VBox after = robot.lookup("#training-check").queryAs(VBox.class);
        assertTrue(after.getChildren().stream().anyMatch(n -> ((Label) n).getText().equals("Exercise complete.")));
    }

    private static Scenario withPrinterAddress(Scenario s, String address) {
        List<Node> nodes = s.nodes().stream()
                .map(n -> n.id().equals("mfp") ? n.with(NodeAttribute.ADDRESSES, List.of(address)) : n).toList();
        return new Scenario(s.name(), s.description(), s.profile(), s.tenant(), s.spfAll(), s.domains(), nodes,
                s.links(), s.layout(), s.extras(), s.stages());
    }

    @Test
    void thePresentationViewKeepsTheNarrativeAndComesBack(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.inPresentation());
        assertTrue(window.scene().getRoot().getStyleClass().contains("presentation"));
        assertEquals(null, window.scene().getRoot().lookup("#palette-gateway"), "the palette steps aside");
        assertTrue(robot.lookup("#training-view").query().isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.inPresentation());
        assertNotNull(window.scene().getRoot().lookup("#palette-gateway"));
    }
}
