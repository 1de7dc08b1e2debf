package com.mailflow.designer.routing;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * The topology as a directed JGraphT graph over node positions. Edge sets keep insertion order,
 * and edges are inserted in file order, so "the first link in file order" is the first edge.
 */
final class MailGraph {
    private final ScenarioIndex index;
    private final Graph<Integer, Route> graph = new DefaultDirectedGraph<>(null, null, false);
    private final Integer[] vertices;
    private final Route[][] incoming;
    private final Route[][] outgoing;
    private final int internet;
    private final int cloud;

    MailGraph(ScenarioIndex index) {
        this.index = index;
        int n = index.nodes().size();
        vertices = new Integer[n];
        for (int i = 0; i < n; i++) {
            vertices[i] = i;
            graph.addVertex(vertices[i]);
        }
        List<Link> links = index.scenario().links();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            int from = index.orderOf(link.from());
            int to = index.orderOf(link.to());
            if (from >= 0 && to >= 0 && from != to) {
                graph.addEdge(vertices[from], vertices[to], new Route(from, to, i, link));
            }
        }
        incoming = new Route[n][];
        outgoing = new Route[n][];
        for (int i = 0; i < n; i++) {
            incoming[i] = graph.incomingEdgesOf(vertices[i]).toArray(Route[]::new);
            outgoing[i] = graph.outgoingEdgesOf(vertices[i]).toArray(Route[]::new);
        }
        internet = index.internet().map(node -> index.orderOf(node.id())).orElse(-1);
        cloud = index.cloudService().map(node -> index.orderOf(node.id())).orElse(-1);
    }

    ScenarioIndex index() {
        return index;
    }

    int size() {
        return vertices.length;
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
        return index.nodeAt(node).id();
    }

    /** Links into {@code node}, in file order. Arrays, not edge sets: searches walk them millions of times. */
    Route[] incoming(int node) {
        return incoming[node];
    }

    /** Links out of {@code node}, in file order. */
    Route[] outgoing(int node) {
        return outgoing[node];
    }
}
