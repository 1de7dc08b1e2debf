package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.ui.control.KindDescriptions;
import com.mailflow.designer.ui.control.KindIcons;
import com.mailflow.designer.ui.control.LazyTooltip;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The node kinds, each with its icon. Drag one onto the canvas to place it where it is dropped,
 * or click it to place it in the middle of the visible area. Plain mouse events rather than
 * platform drag-and-drop, so it behaves the same under every windowing system and in tests.
 */
public final class PaletteView extends VBox {
    private final CanvasView canvas;
    private final EditViewModel edits;

    public PaletteView(CanvasView canvas, EditViewModel edits) {
        this.canvas = canvas;
        this.edits = edits;
        getStyleClass().add("palette");
        setId("palette");
        Label title = new Label("Palette");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (NodeKind kind : NodeKind.values()) {
            getChildren().add(item(kind));
        }
    }

    private HBox item(NodeKind kind) {
        HBox item = new HBox(10, KindIcons.icon(kind, 20), new Label(kind.displayName()));
        item.setId("palette-" + kind.id());
        item.getStyleClass().addAll("palette-item", "kind-" + kind.id());
        LazyTooltip.install(item, () -> {
            Tooltip tip = new Tooltip(KindDescriptions.of(kind) + "\n\nDrag onto the canvas, or click to add one.");
            tip.setWrapText(true);
            tip.setMaxWidth(380);
            return tip;
        });
        boolean[] dragged = {false};
        item.setOnMousePressed(e -> dragged[0] = false);
        item.setOnMouseDragged(e -> {
            dragged[0] = true;
            item.setCursor(Cursor.CLOSED_HAND);
        });
        item.setOnMouseReleased(e -> {
            item.setCursor(Cursor.DEFAULT);
            if (dragged[0]) {
                dropAt(kind, e.getSceneX(), e.getSceneY());
            } else {
                Point2D c = canvas.visibleCenter();
                edits.addNode(kind, new Position(c.getX() - NodeView.WIDTH / 2, c.getY() - NodeView.HEIGHT / 2));
            }
        });
        return item;
    }

    private void dropAt(NodeKind kind, double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        if (local == null || !canvas.getLayoutBounds().contains(local)) {
            return;
        }
        Point2D p = canvas.toContent(local.getX(), local.getY());
        edits.addNode(kind, new Position(p.getX() - NodeView.WIDTH / 2, p.getY() - NodeView.HEIGHT / 2));
        canvas.requestFocus();
    }
}
