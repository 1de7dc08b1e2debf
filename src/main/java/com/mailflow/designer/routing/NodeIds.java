package com.mailflow.designer.routing;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A path or a list of senders as node ids, read through node positions from the graph's shared
 * id table instead of copying the ids: a large drawing has tens of thousands of flows. Immutable,
 * and equal to any list of the same ids.
 */
final class NodeIds extends AbstractList<String> implements RandomAccess {
    private final String[] ids;
    private final int[] nodes;

    /** {@code ids} by node position is shared and never written; {@code nodes} is owned by this list. */
    NodeIds(String[] ids, int[] nodes) {
        this.ids = ids;
        this.nodes = nodes;
    }

    /** The node positions. Not to be written. */
    int[] nodes() {
        return nodes;
    }

    @Override
    public String get(int i) {
        return ids[nodes[Objects.checkIndex(i, nodes.length)]];
    }

    @Override
    public int size() {
        return nodes.length;
    }

    /** A plain loop: the analysis looks nodes up on every flow, and the inherited one walks an iterator. */
    @Override
    public int indexOf(Object id) {
        for (int i = 0; i < nodes.length; i++) {
            if (ids[nodes[i]].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object id) {
        return indexOf(id) >= 0;
    }
}
