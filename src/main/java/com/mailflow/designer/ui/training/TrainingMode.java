package com.mailflow.designer.ui.training;

import com.mailflow.designer.routing.LinkEnds;
import com.mailflow.designer.ui.canvas.CanvasView;
import com.mailflow.designer.ui.canvas.LinkView;
import com.mailflow.designer.ui.canvas.NodeView;
import com.mailflow.designer.ui.viewmodel.AnalysisViewModel;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Puts training mode into a window: the Simulation panel, what it draws on the canvas, and the
 * canvas's right-click "Fail in training" on a node.
 */
public final class TrainingMode {
    private final TrainingViewModel model;
    /** Made on first use, like the right-click menu: neither is needed for the window's first frame. */
    private TrainingView view;
    private ContextMenu menu;

    public TrainingMode(DocumentViewModel document, AnalysisViewModel analysis, CanvasView canvas) {
        this.model = new TrainingViewModel(document, analysis);
        new TrainingOverlay(canvas, model);
        // A filter, before the canvas's own gestures: a right-click must not start a drag or a selection.
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && (offer(canvas, contextMenu(), e.getSceneX(), e.getSceneY(),
                    e.getScreenX(), e.getScreenY()) || offerLink(canvas, contextMenu(), e))) {
                e.consume();
            }
        });
    }

    private ContextMenu contextMenu() {
        if (menu == null) {
            menu = new ContextMenu();
            menu.setId("training-menu");
        }
        return menu;
    }

    /** Shows "Fail in training" (or "Repair") for the node under the point; false when there is none. */
    private boolean offer(CanvasView canvas, ContextMenu menu, double sceneX, double sceneY, double screenX,
                          double screenY) {
        Point2D p = canvas.sceneToContent(sceneX, sceneY);
        NodeView node = canvas.nodeAt(p);
        if (node == null) {
            return false;
        }
        String id = node.nodeId();
        boolean failed = model.failedNodesProperty().get().contains(id);
        MenuItem toggle = new MenuItem(failed ? "Repair in training" : "Fail in training");
        toggle.setId("training-fail-node");
        toggle.setOnAction(a -> model.toggleFailed(id));
        menu.getItems().setAll(toggle);
        menu.show(canvas, screenX, screenY);
        return true;
    }

    /**
     * The Training menu. Its shortcuts live on the scene (they must work in the presentation view,
     * which hides the menus), so the items name them in their text.
     */
    /** "Fail link in training" for the arrow under the pointer; false when there is none. */
    private boolean offerLink(CanvasView canvas, ContextMenu menu, MouseEvent e) {
        javafx.scene.Node picked = e.getPickResult().getIntersectedNode();
        while (picked != null && !(picked instanceof LinkView)) {
            picked = picked.getParent();
        }
        if (!(picked instanceof LinkView view)) {
            return false;
        }
        LinkEnds link = new LinkEnds(view.key().from(), view.key().to());
        boolean failed = model.failedLinksProperty().get().contains(link);
        MenuItem toggle = new MenuItem(failed ? "Repair link in training" : "Fail link in training");
        toggle.setId("training-fail-link");
        toggle.setOnAction(a -> model.toggleFailed(link));
        menu.getItems().setAll(toggle);
        menu.show(canvas, e.getScreenX(), e.getScreenY());
        return true;
    }

    public Menu menu(Runnable presentation) {
        MenuItem next = new MenuItem("Next hop\tAlt+Right");
        next.setOnAction(e -> model.next());
        MenuItem back = new MenuItem("Previous hop\tAlt+Left");
        back.setOnAction(e -> model.back());
        MenuItem repair = new MenuItem("Repair all failed nodes");
        repair.setOnAction(e -> model.clearFailures());
        MenuItem present = new MenuItem("Presentation view\tCtrl+Shift+P");
        present.setId("menu-presentation");
        present.setOnAction(e -> presentation.run());
        Menu menu = new Menu("Training", null, next, back, repair, present);
        menu.setId("menu-training");
        return menu;
    }

    public TrainingViewModel model() {
        return model;
    }

    public TrainingView view() {
        if (view == null) {
            view = new TrainingView(model);
        }
        return view;
    }
}
