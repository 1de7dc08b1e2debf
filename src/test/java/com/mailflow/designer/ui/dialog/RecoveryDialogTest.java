package com.mailflow.designer.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.ui.service.DialogService;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real "Recover unsaved work" dialog: its title, what it tells, and its three answers. */
@ExtendWith(ApplicationExtension.class)
class RecoveryDialogTest {
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        dialogs = new FxDialogService(stage);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 400, 300));
        stage.show();
    }

    private DialogService.RecoveryChoice answer(FxRobot robot, String button) {
        AtomicReference<DialogService.RecoveryChoice> choice = new AtomicReference<>();
        Platform.runLater(() -> choice.set(dialogs.askRecovery("contoso.mailflow.json",
                Instant.parse("2026-11-30T09:15:00Z"), "\u201cContoso\u201d with 5 boxes, 7 links and 1 domain")));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#recover-dialog").queryAs(DialogPane.class);
        assertEquals("Recover unsaved work", ((Stage) pane.getScene().getWindow()).getTitle());
        assertTrue(pane.getContentText().contains("contoso.mailflow.json") && pane.getContentText().contains("5 boxes"),
                pane.getContentText());
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        return choice.get();
    }

    @Test
    void restoreSaveAsAndDiscardAreTheAnswers(FxRobot robot) {
        assertEquals(DialogService.RecoveryChoice.RESTORE, answer(robot, "Restore"));
        assertEquals(DialogService.RecoveryChoice.SAVE_AS, answer(robot, "Save As\u2026"));
        assertEquals(DialogService.RecoveryChoice.DISCARD, answer(robot, "Discard"));
    }
}
