package com.mailflow.designer.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The adjacency arrays: which links are edges, and in which order searches meet them. */
class MailGraphTest {
    private static MailGraph graph(Link... links) {
        List<Node> nodes = List.of(Node.of("internet", NodeKind.INTERNET, "Internet"),
                Node.of("a", NodeKind.GATEWAY, "a"), Node.of("b", NodeKind.GATEWAY, "b"),
                Node.of("c", NodeKind.GATEWAY, "c"));
        return new MailGraph(ScenarioIndex.of(new Scenario("graph", null, null, null, null, List.of(), nodes,
                List.of(links), Map.of(), Map.of())));
    }

    private static int[] out(MailGraph graph, int node) {
        return IntStream.range(graph.outFirst(node), graph.outEnd(node)).map(graph::outEdge).toArray();
    }

    private static int[] in(MailGraph graph, int node) {
        return IntStream.range(graph.inFirst(node), graph.inEnd(node)).map(graph::inEdge).toArray();
    }

    @Test
    void linksInAndOutOfANodeAreItsEdgesInFileOrder() {
        MailGraph graph = graph(Link.of("a", "c"), Link.of("b", "a"), Link.of("a", "b"), Link.of("c", "a"),
                Link.of("a", "internet"));
        assertArrayEquals(new int[] {0, 2, 4}, out(graph, 1));
        assertArrayEquals(new int[] {1, 3}, in(graph, 1));
        assertEquals(1, graph.from(2));
        assertEquals(2, graph.to(2));
    }

    @Test
    void aRepeatedPairLoopsAndUnknownEndsAreNoEdges() {
        MailGraph graph = graph(Link.scoped("a", "b", List.of("contoso.com")), Link.of("a", "b"), Link.of("b", "b"),
                Link.of("b", "nowhere"), Link.of("b", "a"));
        assertArrayEquals(new int[] {0}, out(graph, 1));
        assertArrayEquals(new int[] {4}, out(graph, 2));
        assertArrayEquals(new int[] {0}, in(graph, 2));
        assertEquals(-1, graph.from(1));
        assertEquals(-1, graph.to(3));
    }
}
