package com.mailflow.designer.edit;

import java.util.LinkedHashSet;
import java.util.Set;

/** What the user has selected: node ids and link keys, in selection order. */
public record Selection(Set<String> nodes, Set<LinkKey> links) {
    public static final Selection EMPTY = new Selection(Set.of(), Set.of());

    public Selection {
        nodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(nodes));
        links = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(links));
    }

    public static Selection ofNodes(Set<String> nodes) {
        return new Selection(nodes, Set.of());
    }

    public static Selection ofNode(String id) {
        return new Selection(Set.of(id), Set.of());
    }

    public static Selection ofLink(LinkKey key) {
        return new Selection(Set.of(), Set.of(key));
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && links.isEmpty();
    }

    public boolean contains(String nodeId) {
        return nodes.contains(nodeId);
    }

    public boolean contains(LinkKey key) {
        return links.contains(key);
    }
}
