package com.mailflow.designer.ui.training;

import com.mailflow.designer.ui.canvas.CanvasView;
import com.mailflow.designer.ui.canvas.NodeView;
import com.mailflow.designer.ui.viewmodel.AnalysisViewModel;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * Puts training mode into a window: the Simulation panel, what it draws on the canvas, and the
 * canvas's right-click "Fail in training" on a node.
 */
public final class TrainingMode {
    private final TrainingViewModel model;
    private final TrainingView view;

    public TrainingMode(DocumentViewModel document, AnalysisViewModel analysis, CanvasView canvas) {
        this.model = new TrainingViewModel(document, analysis);
        this.view = new TrainingView(model);
        new TrainingOverlay(canvas, model);
        ContextMenu menu = new ContextMenu();
        menu.setId("training-menu");
        canvas.setOnContextMenuRequested(e -> {
            Point2D p = canvas.sceneToContent(e.getSceneX(), e.getSceneY());
            NodeView node = canvas.nodeAt(p);
            if (node == null) {
                return;
            }
            String id = node.nodeId();
            boolean failed = model.failedNodesProperty().get().contains(id);
            MenuItem toggle = new MenuItem(failed ? "Repair in training" : "Fail in training");
            toggle.setId("training-fail-node");
            toggle.setOnAction(a -> model.toggleFailed(id));
            menu.getItems().setAll(toggle);
            menu.show(canvas, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    public TrainingViewModel model() {
        return model;
    }

    public TrainingView view() {
        return view;
    }
}
