package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.edit.Grid;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.Cursor;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * Mouse and keyboard on the canvas. A drag moves views only; the model changes once, on mouse
 * release, so one gesture is one undo step and a plain click records nothing.
 * Gestures: drag a box to move (the selection moves along); drag from a box's port (or with
 * Alt held) to connect; drag on empty space for a rubber band; right or middle drag to pan;
 * wheel to zoom; double-click a box to rename it.
 */
public final class CanvasGestures {
    private enum Mode { NONE, MOVE, CONNECT, BAND, PAN }

    private final CanvasView canvas;
    private final DocumentViewModel document;
    private final EditViewModel edits;
    private final RenameEditor renameEditor;
    private final Line connection = new Line();
    private final Rectangle band = new Rectangle();
    private final Circle port = new Circle(com.mailflow.designer.edit.BoxSize.PORT_RADIUS);
    private Mode mode = Mode.NONE;
    /** The box the handle is on, while it shows. */
    private String hoveredId;
    private Point2D pressContent;
    private Point2D lastViewport;
    private String connectFrom;
    private boolean moved;
    private Map<String, Point2D> dragStart = Map.of();

    public CanvasGestures(CanvasView canvas, DocumentViewModel document, EditViewModel edits) {
        this.canvas = canvas;
        this.document = document;
        this.edits = edits;
        this.renameEditor = new RenameEditor(canvas, edits);
        connection.getStyleClass().add("connection-preview");
        connection.setMouseTransparent(true);
        band.getStyleClass().add("rubber-band");
        band.setMouseTransparent(true);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> canvas.overlay().getChildren().remove(port));
        // A rename (in place or in the properties panel) resizes the box under the handle: follow it,
        // once the canvas has updated its views.
        document.shownProperty().addListener((o, a, s) -> javafx.application.Platform.runLater(this::followHovered));
        port.getStyleClass().add("port");
        port.setMouseTransparent(true);
        canvas.annotations().setOnSelected(() -> {
            canvas.requestFocus();
            document.select(Selection.EMPTY);
        });
    }

    /** One shared port marker follows the pointer, instead of a port shape on every box. */
    private void hovered(MouseEvent e) {
        Point2D p = canvas.sceneToContent(e.getSceneX(), e.getSceneY());
        NodeView node = canvas.nodeAt(p);
        if (node == null) {
            canvas.overlay().getChildren().remove(port);
            canvas.setCursor(Cursor.DEFAULT);
            return;
        }
        hoveredId = node.nodeId();
        placePort(node);
        if (!canvas.overlay().getChildren().contains(port)) {
            canvas.overlay().getChildren().add(port);
        }
        canvas.setCursor(node.inPortZone(p.getX()) ? Cursor.CROSSHAIR : Cursor.HAND);
    }

    private void placePort(NodeView node) {
        port.setCenterX(node.getLayoutX() + node.boxWidth());
        port.setCenterY(node.centerY());
    }

    private void followHovered() {
        if (hoveredId != null && canvas.overlay().getChildren().contains(port)) {
            canvas.view(hoveredId).ifPresentOrElse(this::placePort, () -> canvas.overlay().getChildren().remove(port));
        }
    }

    private void pressed(MouseEvent e) {
        if (renameEditor.isEditing()) {
            renameEditor.commit();
        }
        canvas.requestFocus();
        canvas.annotations().clearSelection();
        pressContent = canvas.sceneToContent(e.getSceneX(), e.getSceneY());
        lastViewport = new Point2D(e.getX(), e.getY());
        moved = false;
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.PAN;
            return;
        }
        NodeView node = canvas.nodeAt(pressContent);
        LinkView link = linkUnder(e);
        if (node != null && (node.inPortZone(pressContent.getX()) || e.isAltDown())) {
            startConnection(node);
        } else if (node != null) {
            startMove(node, e.isShiftDown() || e.isShortcutDown());
        } else if (link != null) {
            document.select(Selection.ofLink(link.key()));
            mode = Mode.NONE;
        } else {
            mode = Mode.BAND;
            if (!e.isShiftDown()) {
                document.select(Selection.EMPTY);
            }
        }
        e.consume();
    }

    private static LinkView linkUnder(MouseEvent e) {
        javafx.scene.Node n = e.getPickResult().getIntersectedNode();
        while (n != null && !(n instanceof LinkView)) {
            n = n.getParent();
        }
        return (LinkView) n;
    }

    private void startConnection(NodeView from) {
        mode = Mode.CONNECT;
        connectFrom = from.nodeId();
        connection.setStartX(from.centerX());
        connection.setStartY(from.centerY());
        connection.setEndX(from.centerX());
        connection.setEndY(from.centerY());
        canvas.overlay().getChildren().add(connection);
        document.setStatus("Connect '" + document.scenario().node(connectFrom).map(com.mailflow.designer.model.Node::name).orElse(connectFrom) + "' to\u2026 (release on the receiving box, Escape cancels)");
    }

    private void startMove(NodeView node, boolean toggle) {
        Selection sel = document.selection();
        if (toggle) {
            Set<String> ids = new LinkedHashSet<>(sel.nodes());
            if (!ids.remove(node.nodeId())) {
                ids.add(node.nodeId());
            }
            document.select(Selection.ofNodes(ids));
        } else if (!sel.contains(node.nodeId())) {
            document.select(Selection.ofNode(node.nodeId()));
        }
        dragStart = new HashMap<>();
        for (String id : document.selection().nodes()) {
            canvas.view(id).ifPresent(v -> dragStart.put(id, new Point2D(v.getLayoutX(), v.getLayoutY())));
        }
        mode = Mode.MOVE;
    }

    private void dragged(MouseEvent e) {
        Point2D p = canvas.sceneToContent(e.getSceneX(), e.getSceneY());
        moved = moved || p.distance(pressContent) > 2;
        switch (mode) {
            case MOVE -> {
                double dx = Grid.snap(p.getX() - pressContent.getX());
                double dy = Grid.snap(p.getY() - pressContent.getY());
                Map<String, Point2D> next = new HashMap<>();
                dragStart.forEach((id, start) -> next.put(id, start.add(dx, dy)));
                canvas.placeNodes(next);
            }
            case CONNECT -> {
                connection.setEndX(p.getX());
                connection.setEndY(p.getY());
            }
            case BAND -> showBand(p);
            case PAN -> {
                canvas.viewport().panBy(e.getX() - lastViewport.getX(), e.getY() - lastViewport.getY());
                lastViewport = new Point2D(e.getX(), e.getY());
            }
            default -> { }
        }
        e.consume();
    }

    private void showBand(Point2D p) {
        if (!canvas.overlay().getChildren().contains(band)) {
            canvas.overlay().getChildren().add(band);
        }
        band.setX(Math.min(p.getX(), pressContent.getX()));
        band.setY(Math.min(p.getY(), pressContent.getY()));
        band.setWidth(Math.abs(p.getX() - pressContent.getX()));
        band.setHeight(Math.abs(p.getY() - pressContent.getY()));
    }

    private void released(MouseEvent e) {
        Point2D p = canvas.sceneToContent(e.getSceneX(), e.getSceneY());
        switch (mode) {
            case MOVE -> finishMove();
            case CONNECT -> {
                NodeView target = canvas.nodeAt(p);
                cancelConnection();
                if (target != null && moved) {
                    edits.connect(connectFrom, target.nodeId());
                }
            }
            case BAND -> {
                canvas.overlay().getChildren().remove(band);
                if (moved) {
                    Set<String> ids = new LinkedHashSet<>(e.isShiftDown() ? document.selection().nodes() : Set.of());
                    ids.addAll(canvas.nodesIn(new BoundingBox(band.getX(), band.getY(), band.getWidth(),
                            band.getHeight())));
                    document.select(Selection.ofNodes(ids));
                }
            }
            default -> { }
        }
        mode = Mode.NONE;
        e.consume();
    }

    private void finishMove() {
        if (!moved) {
            return;
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        dragStart.keySet().forEach(id -> canvas.view(id)
                .ifPresent(v -> positions.put(id, new Position(v.getLayoutX(), v.getLayoutY()))));
        edits.moveTo(positions);
    }

    private void cancelConnection() {
        canvas.overlay().getChildren().remove(connection);
        if (mode == Mode.CONNECT) {
            document.setStatus("Ready");
        }
        mode = Mode.NONE;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            NodeView node = canvas.nodeAt(canvas.sceneToContent(e.getSceneX(), e.getSceneY()));
            if (node != null) {
                renameEditor.start(node, document.shown().node(node.nodeId()).map(n -> n.name()).orElse(""));
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            canvas.viewport().zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        double step = e.isShiftDown() ? 5 * Grid.SIZE : Grid.SIZE;
        switch (e.getCode()) {
            case ESCAPE -> {
                if (mode == Mode.CONNECT) {
                    cancelConnection();
                } else {
                    canvas.annotations().clearSelection();
                    document.select(Selection.EMPTY);
                }
            }
            case LEFT -> edits.nudge(-step, 0);
            case RIGHT -> edits.nudge(step, 0);
            case UP -> edits.nudge(0, -step);
            case DOWN -> edits.nudge(0, step);
            case DELETE, BACK_SPACE -> {
                if (!canvas.annotations().deleteSelected()) {
                    edits.deleteSelection();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Renames a node in place (F2, or Edit > Rename). */
    public void startRename(String nodeId) {
        canvas.view(nodeId).ifPresent(v -> renameEditor.start(v,
                document.shown().node(nodeId).map(n -> n.name()).orElse("")));
    }

    /** Whether a connection is being drawn. */
    public boolean isConnecting() {
        return mode == Mode.CONNECT;
    }
}
