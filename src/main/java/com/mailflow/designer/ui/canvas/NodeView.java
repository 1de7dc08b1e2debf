package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.ui.control.KindIcons;
import javafx.css.PseudoClass;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One box on the canvas: an icon disc, the name and the kind, and an error badge when the
 * analysis reports an error on it. Looked up by tests as {@code #node-<id>}; styled by
 * {@code .node-view.kind-<kind>}. Kept to a few plain shapes and texts (no controls, no
 * effects), because thousands of them share one frame; the shapes are made only when the box
 * first comes into view.
 */
public final class NodeView extends Region {
    public static final double WIDTH = 172;
    public static final double HEIGHT = 52;
    /** Pressing this close to the right edge starts a connection instead of a move. */
    public static final double PORT_ZONE = 14;
    /** Room for the name between the icon disc and the right edge (an error badge may overlap its end). */
    private static final double TEXT_WIDTH = WIDTH - 52 - 4;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");

    private final String nodeId;
    private Node node;
    private boolean errors;
    /** The shapes, made on first {@link #build()}: most boxes of a big drawing are never on screen. */
    private Text name;
    private Text kind;
    private FontIcon badge;

    public NodeView(Node node) {
        this.nodeId = node.id();
        this.node = node;
        setId("node-" + node.id());
        getStyleClass().addAll("node-view", "kind-" + node.kind().id());
        resize(WIDTH, HEIGHT);
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
        name.setLayoutX(52);
        name.setLayoutY(23);
        kind = new Text();
        kind.getStyleClass().add("node-kind");
        kind.setFont(CanvasText.KIND);
        kind.setLayoutX(52);
        kind.setLayoutY(39);
        getChildren().addAll(disc, icon, new javafx.scene.Group(name, kind));
        getChildren().forEach(c -> c.setMouseTransparent(true));
        showTexts();
        showBadge();
    }

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH;
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
        if (name != null) {
            showTexts();
        }
    }

    private void showTexts() {
        name.setText(CanvasText.fit(node.name(), CanvasText.NAME, TEXT_WIDTH));
        kind.setText(node.kind().displayName());
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
            badge.setLayoutX(WIDTH - 10);
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
        return contentX >= getLayoutX() + WIDTH - PORT_ZONE;
    }

    public double centerX() {
        return getLayoutX() + WIDTH / 2;
    }

    public double centerY() {
        return getLayoutY() + HEIGHT / 2;
    }
}
