package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.Scenarios;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Domains tab at the window's default size on a laptop screen and on this project's screen:
 * every column header, and the Add and Remove buttons, show their whole text (read from the laid-out
 * text nodes, which end in an ellipsis when cut).
 */
@ExtendWith(ApplicationExtension.class)
class DomainsHeadersFlowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        HeadlessWindow.open(stage, dialogs, prefs, Scenarios.hybrid());
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1600, 1000"})
    void headersAndButtonsAreWhole(double width, double height, FxRobot robot) {
        robot.interact(() -> {
            // Hidden while resized: Monocle's painter trips over a frame painted mid-resize.
            stage.hide();
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
        robot.clickOn("#domains-tab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#domains-table").queryAs(TableView.class);
        List<String> titles = table.getColumns().stream().map(c -> c.getText()).toList();
        List<String> shown = robot.from(table).lookup(".column-header .label").queryAllAs(Labeled.class).stream()
                .filter(l -> titles.contains(l.getText())).map(DomainsHeadersFlowTest::shownText).toList();
        assertEquals(titles, shown, "headers at " + width + " x " + height);
        for (String button : List.of("#add-domain", "#remove-domain")) {
            Labeled b = robot.lookup(button).queryAs(Labeled.class);
            assertEquals(b.getText(), shownText(b), button + " at " + width + " x " + height);
        }
        assertFalse(table.lookupAll(".scroll-bar:horizontal").stream().anyMatch(javafx.scene.Node::isVisible),
                "all columns are in view");
        assertTrue(shown.size() == 3);
        List<Labeled> names = robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> "contoso.com".equals(c.getText())).toList();
        assertFalse(names.isEmpty(), "the domain's row is shown");
        for (Labeled name : names) {
            assertEquals(name.getText(), shownText(name), "the domain's name is whole at " + width + " x " + height);
        }
        javafx.geometry.Bounds inScene = table.localToScene(table.getLayoutBounds());
        javafx.scene.Node side = robot.lookup("#side-tabs").query();
        javafx.geometry.Bounds panel = side.localToScene(side.getLayoutBounds());
        assertTrue(inScene.getMaxX() <= panel.getMaxX() && inScene.getMaxX() <= stage.getScene().getWidth(),
                "the table ends inside the side panel: " + inScene + " in " + panel);
    }

    /** What the control draws: its text node's text, shortened with an ellipsis when it does not fit. */
    private static String shownText(Labeled l) {
        return l.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
