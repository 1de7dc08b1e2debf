package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.ui.viewmodel.EditViewModel;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** The in-place name field shown over a box on double-click: Enter renames, Escape cancels. */
final class RenameEditor {
    private final CanvasView canvas;
    private final EditViewModel edits;
    private final TextField field = new TextField();
    private String nodeId;

    RenameEditor(CanvasView canvas, EditViewModel edits) {
        this.canvas = canvas;
        this.edits = edits;
        field.setId("rename-field");
        field.getStyleClass().add("rename-field");
        field.setPrefWidth(NodeView.WIDTH);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && isEditing()) {
                commit();
            }
        });
    }

    boolean isEditing() {
        return nodeId != null;
    }

    void start(NodeView node, String name) {
        nodeId = node.nodeId();
        field.setText(name);
        field.setLayoutX(node.getLayoutX());
        field.setLayoutY(node.getLayoutY() + (NodeView.HEIGHT - 30) / 2);
        if (!canvas.overlay().getChildren().contains(field)) {
            canvas.overlay().getChildren().add(field);
        }
        field.requestFocus();
        field.selectAll();
    }

    void commit() {
        if (nodeId != null) {
            String id = nodeId;
            String text = field.getText();
            close();
            edits.rename(id, text);
        }
    }

    private void close() {
        nodeId = null;
        canvas.overlay().getChildren().remove(field);
        canvas.requestFocus();
    }
}
