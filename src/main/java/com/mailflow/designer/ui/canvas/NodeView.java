package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.ui.KindIcons;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One box on the canvas: icon, name, kind, an error badge and a connection port on its right
 * edge. Looked up by tests as {@code #node-<id>}; styled by {@code .node-view.kind-<kind>}.
 */
public final class NodeView extends HBox {
    public static final double WIDTH = 168;
    public static final double HEIGHT = 52;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");

    private final String nodeId;
    private final Label name = new Label();
    private final Label kind = new Label();
    private final FontIcon badge = KindIcons.icon("mdi2a-alert-circle", 16);
    private final Circle port = new Circle(6);

    public NodeView(Node node) {
        this.nodeId = node.id();
        setId("node-" + node.id());
        getStyleClass().addAll("node-view", "kind-" + node.kind().id());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        Region iconBox = new VBox(KindIcons.icon(node.kind(), 22));
        iconBox.getStyleClass().add("node-icon");
        name.getStyleClass().add("node-name");
        kind.getStyleClass().add("node-kind");
        VBox text = new VBox(1, name, kind);
        text.setMaxWidth(WIDTH - 56);
        badge.getStyleClass().add("node-badge");
        badge.setManaged(false);
        badge.setVisible(false);
        badge.relocate(WIDTH - 12, -8);
        port.setId("port-" + node.id());
        port.getStyleClass().add("port");
        port.setManaged(false);
        port.setLayoutX(WIDTH);
        port.setLayoutY(HEIGHT / 2);
        getChildren().addAll(iconBox, text, badge, port);
        update(node);
    }

    public String nodeId() {
        return nodeId;
    }

    public Circle port() {
        return port;
    }

    public void update(Node node) {
        name.setText(node.name());
        kind.setText(node.kind().displayName());
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    public void setOnPath(boolean onPath) {
        pseudoClassStateChanged(ON_PATH, onPath);
    }

    public void setHasErrors(boolean errors) {
        badge.setVisible(errors);
    }

    public boolean hasErrorBadge() {
        return badge.isVisible();
    }

    public double centerX() {
        return getLayoutX() + WIDTH / 2;
    }

    public double centerY() {
        return getLayoutY() + HEIGHT / 2;
    }
}
