package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.edit.BoxSize;
import com.mailflow.designer.export.diagram.BoxText;
import com.mailflow.designer.export.diagram.Mark;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.ui.control.KindIcons;
import javafx.css.PseudoClass;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One box on the canvas: an icon disc, the name (one or two lines) and the host name or addresses, and an error badge when the
 * analysis reports an error on it. Looked up by tests as {@code #node-<id>}; styled by
 * {@code .node-view.kind-<kind>}. Kept to a few plain shapes and texts (no controls, no
 * effects), because thousands of them share one frame; the shapes are made only when the box
 * first comes into view.
 */
public final class NodeView extends Region {
    /** The narrowest box: where a new box is centred on the pointer. */
    public static final double WIDTH = BoxSize.MIN_WIDTH;
    public static final double HEIGHT = BoxSize.HEIGHT;
    /** Pressing this close to the right edge starts a connection instead of a move. */
    public static final double PORT_ZONE = 14;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");

    private final String nodeId;
    private Node node;
    private boolean errors;
    /** The shapes, made on first {@link #build()}: most boxes of a big drawing are never on screen. */
    private Text name;
    private Text kind;
    private FontIcon badge;
    /** The fitted name lines, detail and width (the rule the exported diagram uses too). */
    private BoxText text;
    private java.util.List<Mark> marks = java.util.List.of();
    private javafx.scene.Group markRow;

    public NodeView(Node node) {
        this.nodeId = node.id();
        this.node = node;
        setId("node-" + node.id());
        getStyleClass().addAll("node-view", "kind-" + node.kind().id());
        fit();
    }

    /** Makes the icon disc and the texts; the canvas calls it when the box first comes into view. */
    void build() {
        if (name != null) {
            return;
        }
        Circle disc = new Circle(17);
        disc.getStyleClass().add("node-disc");
        disc.setCenterX(27);
        disc.setCenterY(HEIGHT / 2);
        FontIcon icon = KindIcons.icon(node.kind(), 20);
        icon.setLayoutX(17);
        icon.setLayoutY(HEIGHT / 2 + 7);
        name = new Text();
        name.getStyleClass().add("node-name");
        name.setFont(CanvasText.NAME);
        name.setLayoutX(BoxSize.TEXT_LEFT);
        name.setLayoutY(20);
        kind = new Text();
        kind.getStyleClass().add("node-kind");
        kind.setFont(CanvasText.KIND);
        kind.setLayoutX(BoxSize.TEXT_LEFT);
        getChildren().addAll(disc, icon, new javafx.scene.Group(name, kind));
        getChildren().forEach(c -> c.setMouseTransparent(true));
        showTexts();
        showBadge();
        showMarks();
    }

    /** The analysis's marks for this node (MX, safelist, identification), shown along the bottom. */
    public void setMarks(java.util.List<Mark> next) {
        marks = java.util.List.copyOf(next);
        if (name != null) {
            showMarks();
        }
    }

    public java.util.List<Mark> marks() {
        return marks;
    }

    /** Plain shapes, not controls: a big drawing may show hundreds of marks. */
    private void showMarks() {
        if (marks.isEmpty() && markRow == null) {
            return;
        }
        if (markRow == null) {
            markRow = new javafx.scene.Group();
            markRow.getStyleClass().add("node-marks");
            markRow.setLayoutX(BoxSize.TEXT_LEFT);
            markRow.setLayoutY(HEIGHT - 18);
            markRow.setMouseTransparent(true);
            getChildren().add(markRow);
        }
        markRow.getChildren().clear();
        double x = 0;
        for (Mark m : marks) {
            double w = CanvasText.width(m.tag(), CanvasText.MARK) + 8;
            javafx.scene.shape.Rectangle frame = new javafx.scene.shape.Rectangle(x, 0, w, 13);
            frame.setArcWidth(5);
            frame.setArcHeight(5);
            frame.getStyleClass().add("node-mark-frame");
            Text tag = new Text(x + 4, 10, m.tag());
            tag.setFont(CanvasText.MARK);
            tag.getStyleClass().add("node-mark");
            tag.setId("mark-" + nodeId + "-" + m.tag());
            markRow.getChildren().addAll(frame, tag);
            x += w + 3;
        }
    }

    private void fit() {
        text = fitted(node);
        resize(text.width(), HEIGHT);
        if (badge != null) {
            badge.setLayoutX(text.width() - 10);
        }
    }

    /** The width a box for {@code node} gets (for laying out boxes not yet made). */
    public static double widthOf(Node node) {
        return fitted(node).width();
    }

    private static BoxText fitted(Node node) {
        return BoxText.fit(node, s -> CanvasText.width(s, CanvasText.NAME), s -> CanvasText.width(s, CanvasText.KIND));
    }

    /** This box's width: as wide as its name needs, within {@link BoxSize}'s bounds. */
    public double boxWidth() {
        return text.width();
    }

    /** The name as laid out: one or two lines. */
    public java.util.List<String> nameLines() {
        return text.nameLines();
    }

    @Override
    protected double computePrefWidth(double height) {
        return text.width();
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        // Children sit at fixed places; nothing to lay out.
    }

    public String nodeId() {
        return nodeId;
    }

    public void update(Node node) {
        this.node = node;
        fit();
        if (name != null) {
            showTexts();
        }
    }

    private void showTexts() {
        name.setText(String.join("\n", text.nameLines()));
        kind.setText(text.detail());
        kind.setLayoutY(text.nameLines().size() == 1 ? 38 : 52);
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    public void setOnPath(boolean onPath) {
        pseudoClassStateChanged(ON_PATH, onPath);
    }

    public void setHasErrors(boolean errors) {
        this.errors = errors;
        if (name != null) {
            showBadge();
        }
    }

    private void showBadge() {
        if (errors && badge == null) {
            badge = KindIcons.icon("mdi2a-alert-circle", 16);
            badge.getStyleClass().add("node-badge");
            badge.setLayoutX(text.width() - 10);
            badge.setLayoutY(6);
            badge.setMouseTransparent(true);
            getChildren().add(badge);
        }
        if (badge != null) {
            badge.setVisible(errors);
        }
    }

    public boolean hasErrorBadge() {
        return errors;
    }

    /** Whether a content point (in the canvas) lies in this box's connection zone. */
    public boolean inPortZone(double contentX) {
        return contentX >= getLayoutX() + text.width() - PORT_ZONE;
    }

    public double centerX() {
        return getLayoutX() + text.width() / 2;
    }

    public double centerY() {
        return getLayoutY() + HEIGHT / 2;
    }
}
