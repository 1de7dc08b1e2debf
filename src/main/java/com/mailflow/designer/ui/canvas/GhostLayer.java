package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;

/**
 * Other stages' elements, drawn faint under the selected stage's drawing ("show other stages"):
 * not selectable, never hit by a gesture, rebuilt whenever shown (a few dozen views at most).
 * Looked up by tests as {@code #ghost-<id>}.
 */
public final class GhostLayer extends Group {
    GhostLayer() {
        getStyleClass().add("ghost-layer");
        setMouseTransparent(true);
    }

    /**
     * @param layout positions of every node (the ghosts' and the selected stage's, which ghost
     *     links may end at)
     */
    public void show(List<Node> nodes, List<Link> links, Map<String, Position> layout) {
        getChildren().clear();
        Map<String, Position> at = new HashMap<>(layout);
        Map<String, Double> widths = new HashMap<>();
        nodes.forEach(n -> widths.put(n.id(), NodeView.widthOf(n)));
        for (Link l : links) {
            Position from = at.get(l.from());
            Position to = at.get(l.to());
            if (from != null && to != null) {
                LinkView v = new LinkView(l);
                v.setId("ghost-" + l.from() + "-" + l.to());
                v.layoutBetween(from.x(), from.y(), widths.getOrDefault(l.from(), NodeView.WIDTH), to.x(), to.y(),
                        widths.getOrDefault(l.to(), NodeView.WIDTH));
                getChildren().add(v);
            }
        }
        for (Node n : nodes) {
            Position p = at.get(n.id());
            if (p != null) {
                NodeView v = new NodeView(n);
                v.setId("ghost-" + n.id());
                v.setLayoutX(p.x());
                v.setLayoutY(p.y());
                v.build();
                getChildren().add(v);
            }
        }
    }

    public void clear() {
        getChildren().clear();
    }
}
