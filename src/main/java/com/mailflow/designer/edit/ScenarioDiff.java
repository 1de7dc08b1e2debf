package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two scenarios, keyed by node id and link key, so the canvas updates only
 * the views that changed. Lists that are the same object (a move leaves nodes and links alone)
 * are skipped without looking inside.
 */
public record ScenarioDiff(List<Node> addedNodes, List<String> removedNodes, List<Node> changedNodes,
                           Map<String, Position> moved, List<Link> addedLinks, List<LinkKey> removedLinks,
                           List<Link> changedLinks) {

    public static ScenarioDiff between(Scenario before, Scenario after) {
        List<Node> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<Node> changed = new ArrayList<>();
        if (before.nodes() != after.nodes()) {
            Map<String, Node> old = new HashMap<>(before.nodes().size() * 2);
            before.nodes().forEach(n -> old.put(n.id(), n));
            for (Node n : after.nodes()) {
                Node was = old.remove(n.id());
                if (was == null) {
                    added.add(n);
                } else if (!was.equals(n)) {
                    changed.add(n);
                }
            }
            removed.addAll(old.keySet());
        }
        Map<String, Position> moved = new HashMap<>();
        if (before.layout() != after.layout()) {
            after.layout().forEach((id, p) -> {
                if (!Objects.equals(before.layout().get(id), p)) {
                    moved.put(id, p);
                }
            });
        }
        List<Link> addedLinks = new ArrayList<>();
        List<LinkKey> removedLinks = new ArrayList<>();
        List<Link> changedLinks = new ArrayList<>();
        if (before.links() != after.links()) {
            Map<LinkKey, Link> old = new HashMap<>(before.links().size() * 2);
            before.links().forEach(l -> old.put(LinkKey.of(l), l));
            for (Link l : after.links()) {
                Link was = old.remove(LinkKey.of(l));
                if (was == null) {
                    addedLinks.add(l);
                } else if (!was.equals(l)) {
                    changedLinks.add(l);
                }
            }
            removedLinks.addAll(old.keySet());
        }
        return new ScenarioDiff(added, removed, changed, moved, addedLinks, removedLinks, changedLinks);
    }

    public boolean isEmpty() {
        return addedNodes.isEmpty() && removedNodes.isEmpty() && changedNodes.isEmpty() && moved.isEmpty()
                && addedLinks.isEmpty() && removedLinks.isEmpty() && changedLinks.isEmpty();
    }
}
