package com.mailflow.designer.routing;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.Arrays;
import java.util.List;

/**
 * The topology as a directed graph over node positions, in compressed adjacency arrays: an edge
 * is a link's position in the file, and each node's links in and out are listed in file order,
 * so "the first link in file order" is the first edge. A second link between the same two nodes
 * (in the same direction) is no edge, and neither is a loop or a link to an unknown node.
 * Arrays rather than a general graph library's object graph: searches walk these millions of
 * times, and building one object per vertex and edge was a tenth of a large analysis.
 */
final class MailGraph {
    private final ScenarioIndex index;
    private final String[] ids;
    private final Link[] links;
    private final int[] from;
    private final int[] to;
    private final int[] outStart;
    private final int[] outEdges;
    private final int[] inStart;
    private final int[] inEdges;
    private final int internet;
    private final int cloud;

    MailGraph(ScenarioIndex index) {
        this.index = index;
        int n = index.nodes().size();
        ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = index.nodeAt(i).id();
        }
        List<Link> all = index.scenario().links();
        links = all.toArray(Link[]::new);
        from = new int[links.length];
        to = new int[links.length];
        for (int e = 0; e < links.length; e++) {
            from[e] = index.orderOf(links[e].from());
            to[e] = index.orderOf(links[e].to());
            if (from[e] < 0 || to[e] < 0 || from[e] == to[e]) {
                from[e] = -1;
                to[e] = -1;
            }
        }
        outStart = new int[n + 1];
        outEdges = group(from, n, outStart);
        dropRepeatedPairs(n);
        inStart = new int[n + 1];
        inEdges = group(to, n, inStart);
        internet = index.internet().map(node -> index.orderOf(node.id())).orElse(-1);
        cloud = index.cloudService().map(node -> index.orderOf(node.id())).orElse(-1);
    }

    /** Edges grouped by {@code end} node (file order within a group); {@code start} gets the group bounds. */
    private static int[] group(int[] end, int n, int[] start) {
        for (int node : end) {
            if (node >= 0) {
                start[node + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] edges = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int e = 0; e < end.length; e++) {
            if (end[e] >= 0) {
                edges[fill[end[e]]++] = e;
            }
        }
        return edges;
    }

    /** Keeps the first link of each (from, to) pair, as a simple directed graph does. */
    private void dropRepeatedPairs(int n) {
        int[] seenFrom = new int[n];
        Arrays.fill(seenFrom, -1);
        int kept = 0;
        for (int node = 0; node < n; node++) {
            int first = outStart[node];
            outStart[node] = kept;
            for (int k = first; k < outStart[node + 1]; k++) {
                int e = outEdges[k];
                if (seenFrom[to[e]] == node) {
                    from[e] = -1;
                    to[e] = -1;
                } else {
                    seenFrom[to[e]] = node;
                    outEdges[kept++] = e;
                }
            }
        }
        outStart[n] = kept;
    }

    ScenarioIndex index() {
        return index;
    }

    int size() {
        return ids.length;
    }

    /** Position of the internet node, or -1. */
    int internet() {
        return internet;
    }

    /** Position of the cloud-service node, or -1. */
    int cloud() {
        return cloud;
    }

    NodeKind kind(int node) {
        return index.nodeAt(node).kind();
    }

    String id(int node) {
        return ids[node];
    }

    /** The node ids by position, shared by every path read from this graph: never written. */
    String[] ids() {
        return ids;
    }

    /** How many links the file has: edges are numbered below this. */
    int linkCount() {
        return links.length;
    }

    Link link(int edge) {
        return links[edge];
    }

    /** The edge's start node, or -1 when the link is no edge. */
    int from(int edge) {
        return from[edge];
    }

    /** The edge's end node, or -1 when the link is no edge. */
    int to(int edge) {
        return to[edge];
    }

    /** Links out of a node are {@code outEdge(k)} for k from {@code outFirst(node)} to {@code outEnd(node)}. */
    int outFirst(int node) {
        return outStart[node];
    }

    int outEnd(int node) {
        return outStart[node + 1];
    }

    int outEdge(int k) {
        return outEdges[k];
    }

    /** Links into a node are {@code inEdge(k)} for k from {@code inFirst(node)} to {@code inEnd(node)}. */
    int inFirst(int node) {
        return inStart[node];
    }

    int inEnd(int node) {
        return inStart[node + 1];
    }

    int inEdge(int k) {
        return inEdges[k];
    }
}
