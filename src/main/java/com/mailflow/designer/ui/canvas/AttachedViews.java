package com.mailflow.designer.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Keeps in the scene graph only the views near the visible part of the drawing. A view in the
 * scene costs CSS, bounds and render-tree work every time something around it changes, and
 * opening a big file would pay it for every box; views off screen are kept (with their state)
 * and attached when they scroll into sight. Views in {@code always} (the selection) stay attached.
 */
final class AttachedViews {
    private final Group nodeLayer;
    private final Group linkLayer;
    private final Set<NodeView> nodes = new HashSet<>();
    private final Set<LinkView> links = new HashSet<>();

    AttachedViews(Group nodeLayer, Group linkLayer) {
        this.nodeLayer = nodeLayer;
        this.linkLayer = linkLayer;
    }

    /** {@code visible} in content coordinates, or null to attach nothing but {@code always}. */
    void update(Bounds visible, Collection<NodeView> allNodes, Collection<LinkView> allLinks, Set<NodeView> always) {
        Set<NodeView> wantedNodes = new HashSet<>(always);
        Set<LinkView> wantedLinks = new HashSet<>();
        if (visible != null) {
            for (NodeView v : allNodes) {
                if (visible.intersects(v.getBoundsInParent())) {
                    wantedNodes.add(v);
                }
            }
            for (LinkView l : allLinks) {
                if (visible.intersects(l.getBoundsInParent())) {
                    wantedLinks.add(l);
                }
            }
        }
        apply(nodeLayer, nodes, wantedNodes);
        apply(linkLayer, links, wantedLinks);
    }

    /**
     * Re-decides only the given views (those an edit moved, added or (de)selected): an edit of one
     * box must not cost a pass over every view of a big drawing.
     */
    void recheck(Bounds visible, Collection<NodeView> someNodes, Collection<LinkView> someLinks, Set<NodeView> always) {
        decide(nodeLayer, nodes, someNodes, v -> always.contains(v) || visible != null && visible.intersects(v.getBoundsInParent()));
        decide(linkLayer, links, someLinks, v -> visible != null && visible.intersects(v.getBoundsInParent()));
    }

    private static <T extends Node> void decide(Group layer, Set<T> attached, Collection<T> views, Predicate<T> wanted) {
        Set<T> gone = new HashSet<>();
        List<T> added = new ArrayList<>();
        for (T v : views) {
            boolean want = wanted.test(v);
            if (want && !attached.contains(v)) {
                added.add(v);
            } else if (!want && attached.contains(v)) {
                gone.add(v);
            }
        }
        change(layer, attached, gone, added);
    }

    /** Forgets views removed from the drawing, in one batch per layer. */
    void forget(Set<? extends Node> views) {
        if (views.isEmpty()) {
            return;
        }
        nodes.removeAll(views);
        links.removeAll(views);
        nodeLayer.getChildren().removeAll(views);
        linkLayer.getChildren().removeAll(views);
    }

    private static <T extends Node> void apply(Group layer, Set<T> attached, Set<T> wanted) {
        Set<T> gone = new HashSet<>();
        for (T v : attached) {
            if (!wanted.contains(v)) {
                gone.add(v);
            }
        }
        List<T> added = new ArrayList<>();
        for (T v : wanted) {
            if (!attached.contains(v)) {
                added.add(v);
            }
        }
        change(layer, attached, gone, added);
    }

    private static <T extends Node> void change(Group layer, Set<T> attached, Collection<T> gone, List<T> added) {
        // In batches: adding or removing thousands one by one re-runs the group's bookkeeping each time.
        if (!gone.isEmpty()) {
            layer.getChildren().removeAll(gone);
            attached.removeAll(gone);
        }
        if (!added.isEmpty()) {
            added.forEach(v -> {
                if (v instanceof NodeView box) {
                    box.build();
                }
            });
            layer.getChildren().addAll(added);
            attached.addAll(added);
        }
    }
}
