package com.mailflow.designer.routing;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Hop distances to the nearest of some targets over the links (edges by file position) a filter
 * allows, from one reverse breadth-first search: O(nodes + links) however many targets. The
 * internet node is never a middle hop: it is skipped unless it is a target. Targets are seeded in
 * the order given, so every node learns the first target (in that order) among its nearest ones:
 * the queue stays sorted by target within each distance. Paths are read forward by taking, at
 * every node, the first link in file order to a node one step closer to the same target, so ties
 * always break the same way.
 */
final class ShortestPaths {
    /** The path of a node that reaches no target. */
    static final int[] NO_PATH = new int[0];

    private final MailGraph graph;
    private final IntPredicate usable;
    private final int[] distance;
    private final int[] nearest;
    private final boolean internetIsTarget;
    /** Paths already read, by source: flows of several domains share them. */
    private NodeIds[] read;

    ShortestPaths(MailGraph graph, int target, IntPredicate usable) {
        this(graph, new int[] {target}, usable);
    }

    /** Searches towards {@code targets}; ties between equally near targets go to the earlier one. */
    ShortestPaths(MailGraph graph, int[] targets, IntPredicate usable) {
        this.graph = graph;
        this.usable = usable;
        this.distance = new int[graph.size()];
        this.nearest = new int[graph.size()];
        this.internetIsTarget = graph.internet() >= 0 && Arrays.stream(targets).anyMatch(t -> t == graph.internet());
        Arrays.fill(distance, -1);
        search(targets);
    }

    private void search(int[] targets) {
        int[] queue = new int[graph.size()];
        int head = 0;
        int tail = 0;
        for (int target : targets) {
            if (distance[target] < 0) {
                distance[target] = 0;
                nearest[target] = target;
                queue[tail++] = target;
            }
        }
        while (head < tail) {
            int node = queue[head++];
            for (int k = graph.inFirst(node); k < graph.inEnd(node); k++) {
                int edge = graph.inEdge(k);
                int previous = graph.from(edge);
                if (distance[previous] < 0 && allowed(previous) && usable.test(edge)) {
                    distance[previous] = distance[node] + 1;
                    nearest[previous] = nearest[node];
                    queue[tail++] = previous;
                }
            }
        }
    }

    private boolean allowed(int node) {
        return node != graph.internet() || internetIsTarget;
    }

    boolean reaches(int source) {
        return distance[source] >= 0;
    }

    /** Hops from {@code source} to its nearest target, or -1 when it reaches none. */
    int distance(int source) {
        return distance[source];
    }

    /** The target nearest to {@code source}, or -1 when it reaches none. */
    int nearestTarget(int source) {
        return reaches(source) ? nearest[source] : -1;
    }

    /** Node positions from {@code source} to its nearest target, or {@link #NO_PATH}. */
    int[] path(int source) {
        if (!reaches(source)) {
            return NO_PATH;
        }
        int[] path = new int[distance[source] + 1];
        int node = source;
        path[0] = node;
        for (int i = 1; i < path.length; i++) {
            node = nextHop(node);
            path[i] = node;
        }
        return path;
    }

    /**
     * The path from {@code source} as node ids, read once and shared by every flow that takes it,
     * or null when it reaches no target.
     */
    NodeIds ids(int source) {
        if (!reaches(source)) {
            return null;
        }
        if (read == null) {
            read = new NodeIds[graph.size()];
        }
        if (read[source] == null) {
            read[source] = new NodeIds(graph.ids(), path(source));
        }
        return read[source];
    }

    private int nextHop(int node) {
        int wanted = distance[node] - 1;
        for (int k = graph.outFirst(node); k < graph.outEnd(node); k++) {
            int edge = graph.outEdge(k);
            int to = graph.to(edge);
            if (distance[to] == wanted && nearest[to] == nearest[node] && usable.test(edge)) {
                return to;
            }
        }
        throw new IllegalStateException("distance table inconsistent at " + graph.id(node));
    }
}
