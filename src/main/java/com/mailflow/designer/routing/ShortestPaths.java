package com.mailflow.designer.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Hop distances to the nearest of some targets over the routes a filter allows, from one reverse
 * breadth-first search: O(nodes + links) however many targets. The internet node is never a
 * middle hop: it is skipped unless it is a target. Targets are seeded in the order given, so
 * every node learns the first target (in that order) among its nearest ones: the queue stays
 * sorted by target within each distance. Paths are read forward by taking, at every node, the
 * first link in file order to a node one step closer to the same target, so ties always break
 * the same way.
 */
final class ShortestPaths {
    private final MailGraph graph;
    private final Predicate<Route> usable;
    private final int[] distance;
    private final int[] nearest;
    private final boolean internetIsTarget;

    ShortestPaths(MailGraph graph, int target, Predicate<Route> usable) {
        this(graph, List.of(target), usable);
    }

    /** Searches towards {@code targets}; ties between equally near targets go to the earlier one. */
    ShortestPaths(MailGraph graph, List<Integer> targets, Predicate<Route> usable) {
        this.graph = graph;
        this.usable = usable;
        this.distance = new int[graph.size()];
        this.nearest = new int[graph.size()];
        this.internetIsTarget = targets.contains(graph.internet());
        Arrays.fill(distance, -1);
        search(targets);
    }

    private void search(List<Integer> targets) {
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
            for (Route route : graph.incoming(node)) {
                int previous = route.from();
                if (distance[previous] < 0 && allowed(previous) && usable.test(route)) {
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

    /** Node positions from {@code source} to its nearest target, or an empty list when unreachable. */
    List<Integer> path(int source) {
        if (!reaches(source)) {
            return List.of();
        }
        List<Integer> path = new ArrayList<>(distance[source] + 1);
        int node = source;
        path.add(node);
        while (distance[node] > 0) {
            node = nextHop(node);
            path.add(node);
        }
        return path;
    }

    private int nextHop(int node) {
        int wanted = distance[node] - 1;
        for (Route route : graph.outgoing(node)) {
            int to = route.to();
            if (distance[to] == wanted && nearest[to] == nearest[node] && usable.test(route)) {
                return to;
            }
        }
        throw new IllegalStateException("distance table inconsistent at " + graph.id(node));
    }
}
