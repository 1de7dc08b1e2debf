package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.Scenarios;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Application;
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

/** Finding your way (issue 11, items 8 and 9): hint, help, find, templates, files. */
@ExtendWith(ApplicationExtension.class)
class FindingYourWayFlowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = HeadlessWindow.open(stage, dialogs, prefs, Scenario.empty("Untitled scenario"));
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theEmptyCanvasSaysHowToStartUntilTheFirstBox(FxRobot robot) {
        Label hint = robot.lookup("#empty-canvas-hint").queryAs(Label.class);
        assertTrue(hint.isVisible());
        assertTrue(hint.getText().contains("palette"), hint.getText());
        robot.clickOn("#palette-internet");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hint.isVisible());
    }

    @Test
    void f1ShowsTheShortcutsFromTheMenusAndHelpExplainsTheFindingCodes(FxRobot robot) {
        robot.clickOn("#palette-internet");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        HelpAndFind h = window.helpAndFind();
        assertTrue(h.helpWindow().isShowing());
        @SuppressWarnings("unchecked")
        TableView<List<String>> keys = (TableView<List<String>>) h.helpWindow().scene().lookup("#help-shortcuts");
        assertTrue(keys.getItems().contains(List.of("File \u203a Save", "Ctrl+S")), keys.getItems().toString());
        assertTrue(keys.getItems().contains(List.of("Edit \u203a Find", "Ctrl+F")), keys.getItems().toString());
        assertTrue(keys.getItems().contains(List.of("Help \u203a Keyboard Shortcuts", "F1")));
        robot.interact(() -> h.helpWindow().show(com.mailflow.designer.ui.dialog.HelpWindow.Page.FINDINGS));
        @SuppressWarnings("unchecked")
        TableView<List<String>> codes = (TableView<List<String>>) h.helpWindow().scene().lookup("#help-findings");
        // Every code the analysis can report is explained (the rules document is the one source).
        List<String> explained = codes.getItems().stream().map(r -> r.get(0)).toList();
        for (var rule : com.mailflow.designer.analysis.rules.RuleBook.standard()) {
            assertTrue(explained.contains(rule.code()), rule.code() + " is not explained");
        }
        robot.interact(() -> ((Stage) h.helpWindow().scene().getWindow()).close());
    }

    @Test
    void ctrlFFindsABoxByAddressAndSelectsIt(FxRobot robot) {
        robot.interact(() -> window.document().replace(Scenarios.hybrid(), null));
        robot.clickOn("#node-exo");
        new DrawingRobot(robot, window).shortcut(KeyCode.F);
        assertTrue(window.helpAndFind().findField().isFocused());
        robot.write("131.107.1.17").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Selection.ofNode("gw"), window.document().selection());
        robot.eraseText(20).write("exchange").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Selection.ofNode("exch"), window.document().selection(), "a whole name first");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Selection.ofNode("exo"), window.document().selection(), "Enter finds the next");
        robot.eraseText(20).write("nowhere").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.refusals().shownText().startsWith("No node"), window.refusals().shownText());
    }

    @Test
    void newOffersTemplatesByTitleAndPurpose(FxRobot robot) {
        dialogs.templateAnswer = null;
        new DrawingRobot(robot, window).shortcut(KeyCode.N);
        assertFalse(dialogs.offeredTemplates.isEmpty());
        var cloudOnly = dialogs.offeredTemplates.stream().filter(t -> t.id().equals("cloud-only")).findFirst()
                .orElseThrow();
        assertEquals("All mailboxes in Exchange Online", cloudOnly.title());
        assertTrue(cloudOnly.summary().startsWith("Every mailbox is in Exchange Online") && cloudOnly.summary()
                .endsWith("."), cloudOnly.summary());
        assertFalse(cloudOnly.summary().contains(". "), "one sentence: " + cloudOnly.summary());
    }

    @Test
    void aFileThatIsNotJsonIsReportedInASentence(FxRobot robot) throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Meeting notes: move the MX on Friday");
        robot.interact(() -> window.files().load(notes));
        var text = com.mailflow.designer.ui.service.LoadProblemsText.of(notes, dialogs.shownProblems);
        assertEquals("This is not a scenario file: notes.txt", text.headline());
        assertTrue(text.sentence().startsWith("Not valid JSON at line 1"), text.sentence());
        assertTrue(text.details().contains(notes.toAbsolutePath().toString()), text.details());
        assertEquals("Untitled scenario", window.document().scenario().name(), "the open document is kept");
    }

    @Test
    void viewDarkThemeSwitchesToPrimerDarkAndIsRemembered(FxRobot robot) {
        var settings = new com.mailflow.designer.ui.service.UserSettings(prefs);
        robot.interact(() -> window.useSettings(settings));
        robot.interact(() -> window.document().replace(Scenarios.hybrid(), null));
        javafx.scene.layout.Region box = robot.lookup("#node-gw").queryAs(javafx.scene.layout.Region.class);
        assertEquals(javafx.scene.paint.Color.WHITE, box.getBackground().getFills().get(0).getFill());
        robot.clickOn("View").clickOn("#menu-dark-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.scene().getRoot().getStyleClass().contains("dark"));
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        var fill = (javafx.scene.paint.Color) box.getBackground().getFills().get(0).getFill();
        assertTrue(fill.getBrightness() < 0.3, "a dark box on the dark canvas: " + fill);
        assertTrue(settings.darkTheme());
        robot.clickOn("View").clickOn("#menu-dark-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(settings.darkTheme());
        assertFalse(window.scene().getRoot().getStyleClass().contains("dark"));
    }

    @Test
    void theSampleIsTitledAsASampleUntilSaved(FxRobot robot) {
        robot.interact(() -> window.document().showAsSample());
        assertTrue(window.document().titleProperty().get().startsWith("Sample - Untitled scenario"),
                window.document().titleProperty().get());
        robot.interact(() -> window.document().markSaved(dir.resolve("x.mailflow.json")));
        assertTrue(window.document().titleProperty().get().startsWith("x.mailflow.json"));
    }
}
