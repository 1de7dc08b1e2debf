package com.mailflow.designer.ui.app;

import com.mailflow.designer.model.NodeKind;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The gestures the TestFX flows draw with: palette drags, connections from a box's port, shortcuts. */
public final class DrawingRobot {
    private final FxRobot robot;
    private final MainWindow window;

    public DrawingRobot(FxRobot robot, MainWindow window) {
        this.robot = robot;
        this.window = window;
    }

    /** A point on the canvas, in screen coordinates, at (x, y) from its top-left corner. */
    public Point2D onCanvas(double x, double y) {
        Bounds b = window.canvas().localToScreen(window.canvas().getLayoutBounds());
        return new Point2D(b.getMinX() + x, b.getMinY() + y);
    }

    public void place(NodeKind kind, double x, double y) {
        robot.drag("#palette-" + kind.id(), MouseButton.PRIMARY).moveTo(onCanvas(x, y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void connect(String from, String to) {
        robot.drag(robot.point("#node-" + from).atPosition(javafx.geometry.Pos.CENTER_RIGHT)
                .atOffset(new Point2D(-5, 0)).query(), MouseButton.PRIMARY).moveTo("#node-" + to)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl and {@code key}. */
    public void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
