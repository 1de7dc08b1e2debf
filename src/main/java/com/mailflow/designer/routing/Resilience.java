package com.mailflow.designer.routing;

import com.mailflow.designer.model.ScenarioIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Single points of failure of the inbound, outbound and cross-premises flows (docs/rules.md,
 * Resilience), from dominator trees over the same links the flows were searched on: one tree
 * backwards from the Internet serves every sender, one forward tree per MX entry or hub, one
 * backward tree per hub. Internal flows are left out: when their direct path breaks, mail may go
 * out through the Internet and back in, or reach another mailbox node, so "cannot do without" is
 * not a property of one path there. Cost: a few passes over nodes + links per tree, plus each
 * flow's path.
 */
public final class Resilience {
    private final MailGraph graph;
    private final Map<String, IntPredicate> carried = new HashMap<>();
    private final Map<String, Dominators> trees = new HashMap<>();
    private Dominators toInternet;
    /** How many of its domain's cross-premises flows each node ends: the hub ends them all. */
    private final Map<String, Integer> ends = new HashMap<>();

    private Resilience(ScenarioIndex index) {
        this.graph = new MailGraph(index);
    }

    /** One entry per inbound, outbound and cross-premises flow, in the routing's order. */
    public static List<SinglePoints> of(ScenarioIndex index, Routing routing) {
        Resilience r = new Resilience(index);
        for (Flow flow : routing.flows(FlowKind.CROSS_PREMISES)) {
            r.ends.merge(flow.domain() + "\n" + flow.from(), 1, Integer::sum);
            r.ends.merge(flow.domain() + "\n" + flow.to(), 1, Integer::sum);
        }
        List<SinglePoints> out = new ArrayList<>();
        for (Flow flow : routing.flows()) {
            if (flow.kind() != FlowKind.INTERNAL) {
                out.add(r.singlePoints(flow));
            }
        }
        return out;
    }

    private SinglePoints singlePoints(Flow flow) {
        int[] path = positions(flow.path());
        List<String> nodes = new ArrayList<>();
        List<LinkEnds> links = new ArrayList<>();
        switch (flow.kind()) {
            case OUTBOUND -> backward(path, outbound(), nodes, links);
            case INBOUND -> {
                // The MX record names the entry: mail does not look for another door when it is down.
                if (path.length > 2) {
                    nodes.add(graph.id(path[1]));
                }
                links.add(new LinkEnds(graph.id(path[0]), graph.id(path[1])));
                int[] rest = Arrays.copyOfRange(path, 1, path.length);
                forward(rest, tree("in:" + flow.domain() + ":" + rest[0], rest[0], flow.domain(), false), nodes, links);
            }
            case CROSS_PREMISES -> {
                // Either end gives the right answer; rooting at the hub lets the domain's flows share one tree.
                int first = path[0];
                int last = path[path.length - 1];
                if (ends.getOrDefault(flow.domain() + "\n" + flow.from(), 0)
                        >= ends.getOrDefault(flow.domain() + "\n" + flow.to(), 0)) {
                    forward(path, tree("from:" + flow.domain() + ":" + first, first, flow.domain(), false), nodes, links);
                } else {
                    backward(path, tree("to:" + flow.domain() + ":" + last, last, flow.domain(), true), nodes, links);
                }
            }
            default -> throw new IllegalArgumentException(flow.kind().id());
        }
        return new SinglePoints(flow, nodes, links);
    }

    private Dominators outbound() {
        if (toInternet == null) {
            toInternet = new Dominators(graph, graph.internet(), new OutboundRoutes(graph), true);
        }
        return toInternet;
    }

    private Dominators tree(String key, int root, String domain, boolean backward) {
        return trees.computeIfAbsent(key, k -> new Dominators(graph, root,
                carried.computeIfAbsent(domain, d -> {
                    boolean[] usable = DomainRoutes.carried(graph, d);
                    return e -> usable[e];
                }), backward));
    }

    private void forward(int[] path, Dominators tree, List<String> nodes, List<LinkEnds> links) {
        int target = path[path.length - 1];
        for (int node : tree.between(target)) {
            nodes.add(graph.id(node));
        }
        for (int i = 0; i + 1 < path.length; i++) {
            if (tree.needsEdge(path[i], path[i + 1]) && dominatesEnd(tree, path[i + 1], target)) {
                links.add(new LinkEnds(graph.id(path[i]), graph.id(path[i + 1])));
            }
        }
    }

    private void backward(int[] path, Dominators tree, List<String> nodes, List<LinkEnds> links) {
        int source = path[0];
        int[] chain = tree.between(source);
        for (int i = chain.length - 1; i >= 0; i--) {
            nodes.add(graph.id(chain[i]));
        }
        for (int i = 0; i + 1 < path.length; i++) {
            if (tree.needsEdge(path[i + 1], path[i]) && dominatesEnd(tree, path[i], source)) {
                links.add(new LinkEnds(graph.id(path[i]), graph.id(path[i + 1])));
            }
        }
    }

    /** A needed edge into {@code node} matters to the flow only if the flow's end needs that node. */
    private static boolean dominatesEnd(Dominators tree, int node, int end) {
        return tree.dominates(node, end);
    }

    private int[] positions(List<String> ids) {
        if (ids instanceof NodeIds n) {
            return n.nodes();
        }
        return ids.stream().mapToInt(id -> graph.index().orderOf(id)).toArray();
    }
}
