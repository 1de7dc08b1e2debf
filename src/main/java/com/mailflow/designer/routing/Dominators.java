package com.mailflow.designer.routing;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The dominator tree of one search of the mail graph (Cooper, Harvey and Kennedy, "A Simple, Fast
 * Dominance Algorithm"): node d dominates n when every path from the root to n passes d. Forward
 * from an MX entry or a hub, it names the nodes every path to a mailbox needs; backward from the
 * Internet (over links read against their direction) it names, for every sender at once, the nodes
 * every way out needs. Undirected cut points (JGraphT's BiconnectivityInspector) would miss nodes
 * that a one-way link makes unavoidable, so the direction-aware tree is computed here, over the
 * same links the searches use. Cost: a few passes over nodes + links (two on the shapes drawn).
 */
final class Dominators {
    private final MailGraph graph;
    private final int root;
    private final boolean backward;
    private final IntPredicate usable;
    /** Immediate dominator by node position; the root's is itself, -1 for nodes the root can't reach. */
    private final int[] idom;
    private final int[] postOrder;

    Dominators(MailGraph graph, int root, IntPredicate usable, boolean backward) {
        this.graph = graph;
        this.root = root;
        this.backward = backward;
        this.usable = usable;
        this.idom = new int[graph.size()];
        this.postOrder = new int[graph.size()];
        Arrays.fill(idom, -1);
        Arrays.fill(postOrder, -1);
        int[] reversePostOrder = depthFirst();
        solve(reversePostOrder);
    }

    /** The internet node is never a middle hop: only the root may be it. */
    private boolean passable(int node) {
        return node != graph.internet() || node == root;
    }

    private int first(int node) {
        return backward ? graph.inFirst(node) : graph.outFirst(node);
    }

    private int end(int node) {
        return backward ? graph.inEnd(node) : graph.outEnd(node);
    }

    private int edgeAt(int k) {
        return backward ? graph.inEdge(k) : graph.outEdge(k);
    }

    /** The node an edge leads to in the search's direction. */
    private int next(int edge) {
        return backward ? graph.from(edge) : graph.to(edge);
    }

    /** The node an edge comes from in the search's direction. */
    private int previous(int edge) {
        return backward ? graph.to(edge) : graph.from(edge);
    }

    /** Iterative depth-first search (drawings reach 25,000 nodes): nodes in reverse post-order. */
    private int[] depthFirst() {
        int n = graph.size();
        int[] stack = new int[n];
        int[] cursor = new int[n];
        boolean[] seen = new boolean[n];
        int[] order = new int[n];
        int count = 0;
        int top = 0;
        stack[top++] = root;
        seen[root] = true;
        cursor[root] = first(root);
        while (top > 0) {
            int node = stack[top - 1];
            if (cursor[node] < end(node)) {
                int edge = edgeAt(cursor[node]++);
                int next = next(edge);
                if (!seen[next] && passable(next) && usable.test(edge)) {
                    seen[next] = true;
                    cursor[next] = first(next);
                    stack[top++] = next;
                }
            } else {
                top--;
                postOrder[node] = count;
                order[count++] = node;
            }
        }
        int[] reverse = new int[count];
        for (int i = 0; i < count; i++) {
            reverse[i] = order[count - 1 - i];
        }
        return reverse;
    }

    private void solve(int[] reversePostOrder) {
        idom[root] = root;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int node : reversePostOrder) {
                if (node == root) {
                    continue;
                }
                int candidate = -1;
                // Predecessors in the search's direction: the edges that lead into the node.
                for (int k = backward ? graph.outFirst(node) : graph.inFirst(node);
                     k < (backward ? graph.outEnd(node) : graph.inEnd(node)); k++) {
                    int edge = backward ? graph.outEdge(k) : graph.inEdge(k);
                    int from = previous(edge);
                    if (from >= 0 && idom[from] >= 0 && usable.test(edge) && (from == root || passable(from))) {
                        candidate = candidate < 0 ? from : intersect(from, candidate);
                    }
                }
                if (candidate >= 0 && idom[node] != candidate) {
                    idom[node] = candidate;
                    changed = true;
                }
            }
        }
    }

    private int intersect(int a, int b) {
        while (a != b) {
            while (postOrder[a] < postOrder[b]) {
                a = idom[a];
            }
            while (postOrder[b] < postOrder[a]) {
                b = idom[b];
            }
        }
        return a;
    }

    boolean reaches(int node) {
        return idom[node] >= 0;
    }

    /** The immediate dominator, the root's being itself, or -1 when the root does not reach the node. */
    int idom(int node) {
        return idom[node];
    }

    /** Whether {@code ancestor} dominates {@code node} (a node dominates itself). */
    boolean dominates(int ancestor, int node) {
        if (!reaches(node)) {
            return false;
        }
        int walk = node;
        while (walk != ancestor && walk != root) {
            walk = idom[walk];
        }
        return walk == ancestor;
    }

    /**
     * Nodes strictly between the root and {@code node} that every path needs, nearest the root first,
     * or null when the root does not reach it.
     */
    int[] between(int node) {
        if (!reaches(node)) {
            return null;
        }
        int count = 0;
        for (int walk = idom[node]; walk != root; walk = idom[walk]) {
            count++;
        }
        int[] chain = new int[count];
        for (int walk = idom[node], i = count - 1; walk != root; walk = idom[walk], i--) {
            chain[i] = walk;
        }
        return chain;
    }

    /**
     * Whether every path from the root to {@code to} takes the edge {@code from -> to} (in the search's
     * direction): {@code from} is its immediate dominator and every other way in comes from a node that
     * only {@code to} itself leads to.
     */
    boolean needsEdge(int from, int to) {
        if (!reaches(to) || idom[to] != from) {
            return false;
        }
        for (int k = backward ? graph.outFirst(to) : graph.inFirst(to);
             k < (backward ? graph.outEnd(to) : graph.inEnd(to)); k++) {
            int edge = backward ? graph.outEdge(k) : graph.inEdge(k);
            int other = previous(edge);
            if (other != from && other >= 0 && reaches(other) && usable.test(edge)
                    && (other == root || passable(other)) && !dominates(to, other)) {
                return false;
            }
        }
        return true;
    }
}
