package com.mailflow.designer.ui.app;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The presentation view (Ctrl+Shift+P): for a trainer at a projector. Larger type and boxes, high
 * contrast (the "presentation" style class), and the window reduced to the drawing and the
 * simulation narrative: palette, results, menus and status line step aside until toggled back.
 */
final class PresentationView {
    private final BorderPane root;
    private final SplitPane main;
    private final SplitPane center;
    /** Fits the drawing to the canvas once the layout has changed: larger boxes in presentation. */
    private final Runnable fit;
    private Node palette;
    private Node results;
    private boolean on;

    PresentationView(BorderPane root, SplitPane main, SplitPane center, Runnable fit) {
        this.root = root;
        this.main = main;
        this.center = center;
        this.fit = fit;
    }

    boolean isOn() {
        return on;
    }

    void toggle() {
        on = !on;
        for (Node bar : new Node[] {root.getTop(), root.getBottom()}) {
            bar.setVisible(!on);
            bar.setManaged(!on);
        }
        if (on) {
            root.getStyleClass().add("presentation");
            palette = main.getItems().remove(0);
            results = center.getItems().size() > 1 ? center.getItems().remove(1) : null;
            main.setDividerPositions(0.7);
            selectTraining();
        } else {
            root.getStyleClass().remove("presentation");
            main.getItems().add(0, palette);
            if (results != null) {
                center.getItems().add(results);
                center.setDividerPositions(0.64);
            }
            main.setDividerPositions(0.13, 0.78);
        }
        fit.run();
    }

    private void selectTraining() {
        if (root.lookup("#side-tabs") instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if ("training-tab".equals(tab.getId())) {
                    tabs.getSelectionModel().select(tab);
                }
            }
        }
    }
}
