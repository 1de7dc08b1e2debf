package com.mailflow.designer.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

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

    PathsFrom(MailGraph graph, int source, Predicate<Route> usable) {
        this.graph = graph;
        this.source = source;
        this.parent = new int[graph.size()];
        Arrays.fill(parent, -1);
        search(usable);
    }

    private void search(Predicate<Route> usable) {
        int[] queue = new int[graph.size()];
        int head = 0;
        int tail = 0;
        parent[source] = source;
        queue[tail++] = source;
        while (head < tail) {
            int node = queue[head++];
            for (Route route : graph.outgoing(node)) {
                int next = route.to();
                if (parent[next] < 0 && next != graph.internet() && usable.test(route)) {
                    parent[next] = node;
                    queue[tail++] = next;
                }
            }
        }
    }

    boolean reaches(int target) {
        return parent[target] >= 0;
    }

    /** Node positions from the source to {@code target}, or an empty list when unreachable. */
    List<Integer> path(int target) {
        if (!reaches(target)) {
            return List.of();
        }
        List<Integer> path = new ArrayList<>();
        for (int node = target; node != source; node = parent[node]) {
            path.add(node);
        }
        path.add(source);
        Collections.reverse(path);
        return path;
    }
}
