package com.mailflow.designer.routing;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Shortest paths from one source to every node, from one forward breadth-first search:
 * O(nodes + links). The internet node is never reached (nor passed through). Links are followed
 * in file order and a node keeps the first link that reached it, so each path is the one
 * {@link ShortestPaths} reads towards that node: of all shortest paths, the one taking the
 * earliest link at every hop.
 */
final class PathsFrom {
    private final MailGraph graph;
    private final int source;
    private final int[] parent;

    PathsFrom(MailGraph graph, int source, IntPredicate usable) {
        this.graph = graph;
        this.source = source;
        this.parent = new int[graph.size()];
        Arrays.fill(parent, -1);
        search(usable);
    }

    private void search(IntPredicate usable) {
        int[] queue = new int[graph.size()];
        int head = 0;
        int tail = 0;
        parent[source] = source;
        queue[tail++] = source;
        while (head < tail) {
            int node = queue[head++];
            for (int k = graph.outFirst(node); k < graph.outEnd(node); k++) {
                int edge = graph.outEdge(k);
                int next = graph.to(edge);
                if (parent[next] < 0 && next != graph.internet() && usable.test(edge)) {
                    parent[next] = node;
                    queue[tail++] = next;
                }
            }
        }
    }

    boolean reaches(int target) {
        return parent[target] >= 0;
    }

    /** Links from the source to {@code target}, or -1 when unreachable. */
    int hops(int target) {
        if (!reaches(target)) {
            return -1;
        }
        int hops = 0;
        for (int node = target; node != source; node = parent[node]) {
            hops++;
        }
        return hops;
    }

    /** Node positions from the source to {@code target}, or {@link ShortestPaths#NO_PATH}. */
    int[] path(int target) {
        if (!reaches(target)) {
            return ShortestPaths.NO_PATH;
        }
        int[] path = new int[hops(target) + 1];
        for (int node = target, i = path.length - 1; i >= 0; node = parent[node], i--) {
            path[i] = node;
        }
        return path;
    }
}
