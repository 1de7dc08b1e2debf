package com.mailflow.designer.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Hop distances to one target over the routes a filter allows, from one reverse breadth-first
 * search: O(nodes + links). The internet node is never a middle hop: it is skipped unless it
 * is the target. Paths are read forward by taking, at every node, the first link in file order
 * to a node one step closer, so ties always break the same way.
 */
final class ShortestPaths {
    private final MailGraph graph;
    private final Predicate<Route> usable;
    private final int target;
    private final int[] distance;

    ShortestPaths(MailGraph graph, int target, Predicate<Route> usable) {
        this.graph = graph;
        this.usable = usable;
        this.target = target;
        this.distance = new int[graph.size()];
        Arrays.fill(distance, -1);
        search();
    }

    private void search() {
        int[] queue = new int[graph.size()];
        int head = 0;
        int tail = 0;
        distance[target] = 0;
        queue[tail++] = target;
        while (head < tail) {
            int node = queue[head++];
            for (Route route : graph.incoming(node)) {
                int previous = route.from();
                if (distance[previous] < 0 && allowed(previous) && usable.test(route)) {
                    distance[previous] = distance[node] + 1;
                    queue[tail++] = previous;
                }
            }
        }
    }

    private boolean allowed(int node) {
        return node != graph.internet() || target == graph.internet();
    }

    boolean reaches(int source) {
        return distance[source] >= 0;
    }

    /** Hops from {@code source} to the target, or -1 when it can't reach it. */
    int distance(int source) {
        return distance[source];
    }

    /** Node positions from {@code source} to the target, or an empty list when unreachable. */
    List<Integer> path(int source) {
        if (!reaches(source)) {
            return List.of();
        }
        List<Integer> path = new ArrayList<>(distance[source] + 1);
        int node = source;
        path.add(node);
        while (node != target) {
            node = nextHop(node);
            path.add(node);
        }
        return path;
    }

    private int nextHop(int node) {
        int wanted = distance[node] - 1;
        for (Route route : graph.outgoing(node)) {
            if (distance[route.to()] == wanted && usable.test(route)) {
                return route.to();
            }
        }
        throw new IllegalStateException("distance table inconsistent at " + graph.id(node));
    }
}
