package com.mailflow.designer.ui.app;

import atlantafx.base.theme.PrimerLight;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window for TestFX flows, with scripted dialogs, work on the calling thread and throwaway preferences. */
final class HeadlessWindow {
    private HeadlessWindow() {
    }

    static MainWindow open(Stage stage, ScriptedDialogs dialogs, Preferences prefs, Scenario first) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DesignerServices services = new DesignerServices(dialogs, new CurrentThreadTaskExecutor(), new RecentFiles(prefs),
                f -> { });
        MainWindow window = new MainWindow(stage, services, first, null);
        stage.show();
        return window;
    }

    /** Drags a kind from the palette to (x, y) from the canvas's top-left corner. */
    static void place(FxRobot robot, MainWindow window, NodeKind kind, double x, double y) {
        Bounds b = window.canvas().localToScreen(window.canvas().getLayoutBounds());
        robot.drag("#palette-" + kind.id(), MouseButton.PRIMARY).moveTo(new Point2D(b.getMinX() + x, b.getMinY() + y))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags from the right edge of one box onto another. */
    static void connect(FxRobot robot, String from, String to) {
        robot.drag(robot.point("#node-" + from).atPosition(javafx.geometry.Pos.CENTER_RIGHT)
                .atOffset(new Point2D(-5, 0)).query(), MouseButton.PRIMARY).moveTo("#node-" + to)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
