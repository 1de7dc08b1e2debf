package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.model.Annotation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

/**
 * The free texts on the drawing, above the boxes and links. A text is dragged to move it,
 * double-clicked to edit it in place (Enter keeps, Escape cancels, an emptied text is deleted)
 * and has Edit and Delete on its context menu. A click selects a text (a dashed frame), and
 * the canvas's Delete or Backspace then deletes it. Every change goes to {@link Listener} as one
 * finished gesture, which makes it one undoable command; the layer then follows the document.
 */
public final class AnnotationLayer extends Group {
    /** What the user did to a text. */
    public interface Listener {
        void moved(String id, double x, double y);

        void edited(String id, String text);

        void deleted(String id);
    }

    private final Map<String, Text> texts = new HashMap<>();
    private final Map<String, ContextMenu> menus = new HashMap<>();
    private final TextField editor = new TextField();
    private Listener listener;
    private String editing;
    /** The selected text's id, or null; the boxes' selection is the document's, this one is the canvas's. */
    private String selected;
    private final javafx.scene.shape.Rectangle frame = new javafx.scene.shape.Rectangle();
    private Runnable onSelected = () -> { };

    public AnnotationLayer() {
        getStyleClass().add("annotation-layer");
        frame.getStyleClass().add("annotation-selection");
        frame.setId("annotation-selection");
        frame.setMouseTransparent(true);
        editor.setId("annotation-field");
        editor.setPrefColumnCount(24);
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        editor.focusedProperty().addListener((o, was, is) -> {
            if (!is && editing != null) {
                commit();
            }
        });
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Runs when a click selects a text (the canvas takes the keyboard and drops the boxes' selection). */
    public void setOnSelected(Runnable onSelected) {
        this.onSelected = onSelected;
    }

    /** The selected text's id, if one is selected. */
    public java.util.Optional<String> selected() {
        return java.util.Optional.ofNullable(selected);
    }

    public void clearSelection() {
        selected = null;
        getChildren().remove(frame);
    }

    /** Deletes the selected text (one undo step); false when none is selected. */
    public boolean deleteSelected() {
        String id = selected;
        if (id == null || listener == null) {
            return false;
        }
        clearSelection();
        listener.deleted(id);
        return true;
    }

    private void select(String id) {
        selected = id;
        if (!getChildren().contains(frame)) {
            getChildren().add(frame);
        }
        frameSelected();
        onSelected.run();
    }

    private void frameSelected() {
        Text t = selected == null ? null : texts.get(selected);
        if (t != null) {
            javafx.geometry.Bounds b = t.getBoundsInParent();
            frame.setX(b.getMinX() - 3);
            frame.setY(b.getMinY() - 2);
            frame.setWidth(b.getWidth() + 6);
            frame.setHeight(b.getHeight() + 4);
        }
    }

    /** Brings the texts in line with the document's, keyed by id. */
    public void show(List<Annotation> annotations) {
        Set<String> seen = new HashSet<>();
        for (Annotation a : annotations) {
            seen.add(a.id());
            Text t = texts.computeIfAbsent(a.id(), this::create);
            t.setText(a.text());
            t.setLayoutX(a.x());
            t.setLayoutY(a.y());
        }
        texts.keySet().removeIf(id -> {
            if (!seen.contains(id)) {
                getChildren().remove(texts.get(id));
                menus.remove(id);
                return true;
            }
            return false;
        });
        if (selected != null && !texts.containsKey(selected)) {
            clearSelection();
        }
        frameSelected();
    }

    /** Each text's laid-out bounds, in content coordinates (for Fit to Window). */
    public List<javafx.geometry.Bounds> textBounds() {
        return texts.values().stream().map(Text::getBoundsInParent).toList();
    }

    public int count() {
        return texts.size();
    }

    private Text create(String id) {
        Text t = new Text();
        t.setId("annotation-" + id);
        t.getStyleClass().add("annotation");
        t.setFont(CanvasText.NOTE);
        t.setTextOrigin(VPos.TOP);
        Point2D[] grab = new Point2D[1];
        t.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                grab[0] = new Point2D(e.getX(), e.getY());
                select(id);
            }
            e.consume();
        });
        t.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (grab[0] != null) {
                Point2D p = t.localToParent(e.getX(), e.getY());
                t.setLayoutX(p.getX() - grab[0].getX());
                t.setLayoutY(p.getY() - grab[0].getY());
                frameSelected();
            }
            e.consume();
        });
        t.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (grab[0] != null && listener != null && !e.isStillSincePress()) {
                listener.moved(id, t.getLayoutX(), t.getLayoutY());
            }
            grab[0] = null;
            e.consume();
        });
        t.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit(id);
            } else if (e.getButton() == MouseButton.SECONDARY) {
                menus.get(id).show(t, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        MenuItem edit = new MenuItem("Edit Text");
        edit.setOnAction(e -> edit(id));
        MenuItem delete = new MenuItem("Delete Text");
        delete.setId("annotation-delete");
        delete.setOnAction(e -> {
            if (listener != null) {
                listener.deleted(id);
            }
        });
        menus.put(id, new ContextMenu(edit, delete));
        getChildren().add(t);
        return t;
    }

    /** Opens the in-place field over text {@code id}. */
    public void edit(String id) {
        Text t = texts.get(id);
        if (t == null) {
            return;
        }
        editing = id;
        editor.setText(t.getText());
        editor.setLayoutX(t.getLayoutX() - 4);
        editor.setLayoutY(t.getLayoutY() - 4);
        if (!getChildren().contains(editor)) {
            getChildren().add(editor);
        }
        editor.requestFocus();
        editor.selectAll();
    }

    private void commit() {
        String id = editing;
        String text = editor.getText() == null ? "" : editor.getText().strip();
        close();
        if (id != null && listener != null) {
            if (text.isEmpty()) {
                listener.deleted(id);
            } else {
                listener.edited(id, text);
            }
        }
    }

    private void close() {
        editing = null;
        getChildren().remove(editor);
    }
}
