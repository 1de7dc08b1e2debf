package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a new consultant trips over first (issue 11, items 5-7), driven by mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class FirstHourFlowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = HeadlessWindow.open(stage, dialogs, prefs, Scenario.empty("First hour"));
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    private Scenario scenario() {
        return window.document().scenario();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    private void rename(FxRobot robot, String id, String name) {
        robot.clickOn("#node-" + id);
        robot.clickOn("#properties-tab");
        robot.doubleClickOn("#prop-name").eraseText(40).write(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String cell(TableView<?> table, String header, int row) {
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + header));
        return String.valueOf(column.getCellData(row));
    }

    @Test
    void tablesAndStatusLineSayNamesNotIds(FxRobot robot) {
        new DrawingRobot(robot, window).place(NodeKind.INTERNET, 120, 120);
        new DrawingRobot(robot, window).place(NodeKind.CLOUD_SERVICE, 400, 120);
        new DrawingRobot(robot, window).place(NodeKind.MAIL_SERVER, 400, 320);
        rename(robot, "cloud", "Exchange Online");
        rename(robot, "mail", "Exchange 2019");
        assertTrue(status(robot).contains("'Exchange 2019'"), status(robot));
        new DrawingRobot(robot, window).connect("internet", "cloud");
        assertEquals("Connect 'Internet' to 'Exchange Online'", status(robot));
        new DrawingRobot(robot, window).connect("cloud", "mail");
        robot.clickOn("#domains-tab").clickOn("#new-domain").write("contoso.com").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#flows-tab");
        @SuppressWarnings("unchecked")
        TableView<Flow> flows = robot.lookup("#flows-table").queryAs(TableView.class);
        assertFalse(flows.getItems().isEmpty());
        int inbound = -1;
        for (int i = 0; i < flows.getItems().size(); i++) {
            if (flows.getItems().get(i).from().equals("internet") && flows.getItems().get(i).to().equals("cloud")) {
                inbound = i;
            }
        }
        assertTrue(inbound >= 0, "no flow from the Internet to the cloud: " + flows.getItems());
        assertEquals("Internet", cell(flows, "From", inbound));
        assertEquals("Exchange Online", cell(flows, "To", inbound));
        assertTrue(cell(flows, "Path", inbound).contains("Internet \u2192 Exchange Online"),
                cell(flows, "Path", inbound));
        rename(robot, "cloud", "EXO");
        assertEquals("EXO", cell(flows, "To", inbound), "a rename redraws the names");
    }

    @Test
    void domainsAddWithEnterSuggestANameAndPickMailboxHostsByName(FxRobot robot) {
        new DrawingRobot(robot, window).place(NodeKind.CLOUD_SERVICE, 400, 120);
        new DrawingRobot(robot, window).place(NodeKind.MAIL_SERVER, 400, 320);
        rename(robot, "mail", "Exchange 2019");
        robot.clickOn("#domains-tab").clickOn("#new-domain").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, scenario().domains().size());
        Domain first = scenario().domains().get(0);
        assertEquals("contoso.com", first.name(), "an empty field adds the suggested name");
        assertEquals(java.util.List.of("cloud"), first.mailboxes());
        TextField field = robot.lookup("#new-domain").queryAs(TextField.class);
        assertEquals("", field.getText());
        assertFalse(field.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertEquals("Enter adds fabrikam.com", field.getPromptText());

        robot.clickOn("#new-domain").write("litwareinc.com").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("litwareinc.com", scenario().domains().get(1).name());

        @SuppressWarnings("unchecked")
        CheckComboBox<com.mailflow.designer.model.Node> hosts = robot.lookup("#domain-mailboxes")
                .queryAs(CheckComboBox.class);
        assertEquals(java.util.List.of("Cloud service", "Exchange 2019"),
                hosts.getItems().stream().map(n -> hosts.getConverter().toString(n)).toList());
        robot.clickOn("#domain-mailboxes");
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "Exchange 2019".equals(c.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        assertEquals(java.util.List.of("cloud", "mail"), scenario().domains().get(1).mailboxes());

        robot.clickOn("#new-domain").write("litwareinc.com").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, scenario().domains().size());
        assertTrue(window.refusals().shownText().contains("already has the domain litwareinc.com"),
                window.refusals().shownText());
    }

    @Test
    void anInvalidValueLeftBehindIsRefusedWhereTheUserLooks(FxRobot robot) {
        new DrawingRobot(robot, window).place(NodeKind.CLOUD_SERVICE, 400, 120);
        new DrawingRobot(robot, window).place(NodeKind.GATEWAY, 150, 320);
        robot.clickOn("#node-gw");
        robot.clickOn("#attr-addresses").write("131.107.1.300");
        robot.clickOn("#node-cloud");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scenario().node("gw").orElseThrow().addresses().isEmpty());
        String shown = window.refusals().shownText();
        assertNotNull(shown, "the refusal is shown near the pointer");
        assertTrue(shown.contains("131.107.1.300") && shown.startsWith("Public addresses"), shown);
        assertEquals(shown, status(robot));
    }

    @Test
    void aSecondInternetIsRefusedInWords(FxRobot robot) {
        new DrawingRobot(robot, window).place(NodeKind.INTERNET, 120, 120);
        new DrawingRobot(robot, window).place(NodeKind.INTERNET, 300, 300);
        String shown = window.refusals().shownText();
        assertNotNull(shown);
        assertTrue(shown.startsWith("Can't add another Internet"), shown);
        assertFalse(shown.contains("a Internet"), shown);
    }
}
