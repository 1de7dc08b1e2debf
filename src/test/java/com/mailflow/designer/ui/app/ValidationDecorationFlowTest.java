package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.Scenarios;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An invalid value typed into a properties field is decorated by ControlsFX's ValidationSupport
 * (its error mark inside the field, the field in the danger colours) with the reason under it; a
 * valid one clears all that. The window's own root stays the scene's root.
 */
@ExtendWith(ApplicationExtension.class)
class ValidationDecorationFlowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private MainWindow window;
    private Parent root;

    @Start
    void start(Stage stage) {
        window = HeadlessWindow.open(stage, dialogs, prefs, Scenarios.hybrid());
        root = stage.getScene().getRoot();
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void anInvalidTenantIsDecoratedAndAValidOneClearsIt(FxRobot robot) {
        robot.clickOn("#properties-tab");
        TextField tenant = robot.lookup("#scenario-tenant").queryAs(TextField.class);
        Label reason = robot.lookup("#scenario-tenant-error").queryAs(Label.class);
        assertFalse(marked(tenant), "the model's own value is not marked");
        robot.doubleClickOn(tenant).eraseText(30).write("not a tenant!");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tenant.getStyleClass().contains("invalid-value"), tenant.getStyleClass().toString());
        assertTrue(Decorator.getDecorations(tenant).stream().anyMatch(d -> d instanceof GraphicDecoration));
        assertTrue(reason.isVisible() && reason.getText().contains("onmicrosoft.com"), reason.getText());
        // The mark: ControlsFX's label with the reason as its tooltip, inside the field's right end.
        javafx.scene.Node mark = robot.lookup(n -> n instanceof Label l && l.getTooltip() != null
                && reason.getText().equals(l.getTooltip().getText())).query();
        Bounds field = tenant.localToScreen(tenant.getLayoutBounds());
        Bounds at = mark.localToScreen(mark.getLayoutBounds());
        assertTrue(field.contains(at.getCenterX(), at.getCenterY()) && at.getCenterX() > field.getCenterX(),
                "the mark sits inside the field's right end: " + at + " in " + field);
        assertSame(root, window.scene().getRoot(), "ControlsFX did not put its own pane at the scene's root");

        robot.eraseText(30).write("contoso").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(marked(tenant));
        assertFalse(reason.isVisible());
        assertEquals("contoso", window.document().scenario().tenant());
    }

    private static boolean marked(TextField field) {
        var decorations = Decorator.getDecorations(field);
        return field.getStyleClass().contains("invalid-value") || decorations != null && !decorations.isEmpty();
    }
}
