package com.mailflow.designer.routing;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The searches over one set of usable links, made once and shared by every domain whose links
 * carry it alike: most drawings scope few links, so most domains route over the same links, and
 * each of their searches (and the paths read from them) would otherwise be repeated per domain.
 */
final class Searches {
    private final MailGraph graph;
    private final IntPredicate usable;
    private final Map<Integer, PathsFrom> from = new HashMap<>();
    private final Map<List<Integer>, ShortestPaths> towards = new HashMap<>();

    private Searches(MailGraph graph, boolean[] usable) {
        this.graph = graph;
        this.usable = edge -> usable[edge];
    }

    /** Shortest paths from {@code node} to every node. */
    PathsFrom from(int node) {
        return from.computeIfAbsent(node, n -> new PathsFrom(graph, n, usable));
    }

    /** Shortest paths to the nearest of {@code targets} (ties to the earlier target). */
    ShortestPaths towards(int... targets) {
        return towards.computeIfAbsent(Arrays.stream(targets).boxed().toList(),
                t -> new ShortestPaths(graph, targets, usable));
    }

    /** One {@link Searches} per distinct set of usable links. */
    static final class ByLinks {
        private final MailGraph graph;
        private final Map<BitSet, Searches> searches = new HashMap<>();

        ByLinks(MailGraph graph) {
            this.graph = graph;
        }

        /** The searches over the links marked usable (by link position). */
        Searches over(boolean[] usable) {
            BitSet key = new BitSet(usable.length);
            for (int e = 0; e < usable.length; e++) {
                key.set(e, usable[e]);
            }
            return searches.computeIfAbsent(key, k -> new Searches(graph, usable));
        }
    }
}
