package com.mailflow.designer.ui.control;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer enters its control. Each Tooltip is a popup window
 * with a scene of its own; the window's few dozen of them, built up front, delayed its first frame.
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    public static void install(Node node, Supplier<Tooltip> make) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (node instanceof Control control) {
                    control.setTooltip(make.get());
                } else {
                    Tooltip.install(node, make.get());
                }
            }
        });
    }

    public static void install(Node node, String text) {
        install(node, () -> new Tooltip(text));
    }
}
