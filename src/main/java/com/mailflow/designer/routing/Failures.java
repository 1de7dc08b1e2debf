package com.mailflow.designer.routing;

import com.mailflow.designer.model.ScenarioIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What if some nodes or links fail: which of the design's flows still get through. The design
 * stays as drawn (DNS still names the same MX entry, connectors the same smart hosts), only the
 * failed boxes and arrows carry nothing, exactly the reading of {@link Resilience}. One search
 * per distinct (links, start), as the analysis does: about one analysis' worth of work.
 */
public final class Failures {
    private final MailGraph graph;
    private final boolean[] failedNode;
    private final boolean[] failedLink;
    private final Map<String, boolean[]> usableByDomain = new HashMap<>();
    private final Map<String, PathsFrom> from = new HashMap<>();
    private final Map<String, ShortestPaths> towards = new HashMap<>();
    private boolean[] outboundUsable;

    private Failures(ScenarioIndex index, Set<String> nodes, Set<LinkEnds> links) {
        this.graph = new MailGraph(index);
        this.failedNode = new boolean[graph.size()];
        for (String id : nodes) {
            int node = index.orderOf(id);
            if (node >= 0) {
                failedNode[node] = true;
            }
        }
        this.failedLink = new boolean[graph.linkCount()];
        for (int e = 0; e < failedLink.length; e++) {
            failedLink[e] = graph.from(e) >= 0 && links.contains(new LinkEnds(graph.id(graph.from(e)), graph.id(graph.to(e))));
        }
    }

    /** The flows of {@code routing} that no longer get through, in the routing's order. */
    public static List<Flow> broken(ScenarioIndex index, Routing routing, Set<String> failedNodes,
                                    Set<LinkEnds> failedLinks) {
        return broken(index, routing.flows(), failedNodes, failedLinks);
    }

    /** The same for flows an analysis reported for the scenario {@code index} holds. */
    public static List<Flow> broken(ScenarioIndex index, List<Flow> flows, Set<String> failedNodes,
                                    Set<LinkEnds> failedLinks) {
        Failures f = new Failures(index, failedNodes, failedLinks);
        List<Flow> broken = new ArrayList<>();
        for (Flow flow : flows) {
            if (!f.getsThrough(flow)) {
                broken.add(flow);
            }
        }
        return broken;
    }

    private boolean getsThrough(Flow flow) {
        int source = graph.index().orderOf(flow.from());
        int target = graph.index().orderOf(flow.to());
        if (failedNode[source] || failedNode[target]) {
            return false;
        }
        return switch (flow.kind()) {
            case OUTBOUND -> reachesInternet(source);
            case INBOUND -> inbound(flow.domain(), graph.index().orderOf(flow.path().get(1)), target);
            case CROSS_PREMISES -> towards(flow.domain(), source, target);
            case INTERNAL -> towards(flow.domain(), source, target) || outAndBackIn(flow, source, target);
        };
    }

    /** Through the domain's MX entry, which stays what DNS says. */
    private boolean inbound(String domain, int entry, int mailbox) {
        int internet = graph.internet();
        boolean door = false;
        for (int k = graph.outFirst(internet); k < graph.outEnd(internet); k++) {
            int e = graph.outEdge(k);
            door |= graph.to(e) == entry && usable(domain).test(e);
        }
        return door && !failedNode[entry] && within(domain, entry, mailbox);
    }

    private boolean outAndBackIn(Flow flow, int source, int target) {
        int internet = graph.internet();
        int at = flow.path().indexOf(graph.id(Math.max(internet, 0)));
        return internet >= 0 && at > 0 && at + 1 < flow.path().size() && reachesInternet(source)
                && inbound(flow.domain(), graph.index().orderOf(flow.path().get(at + 1)), target);
    }

    private boolean within(String domain, int source, int target) {
        if (source == target) {
            return true;
        }
        return from.computeIfAbsent(domain + "\n" + source, k -> new PathsFrom(graph, source, usable(domain)))
                .reaches(target);
    }

    /**
     * The same question answered by a search back from the target, shared by every sender of the
     * domain that mails it: many applications write to few mailbox nodes.
     */
    private boolean towards(String domain, int source, int target) {
        if (source == target) {
            return true;
        }
        return towards.computeIfAbsent(domain + "\n" + target, k -> new ShortestPaths(graph, target, usable(domain)))
                .reaches(source);
    }

    private boolean reachesInternet(int source) {
        int internet = graph.internet();
        if (internet < 0) {
            return false;
        }
        return towards.computeIfAbsent("\ninternet", k -> {
            if (outboundUsable == null) {
                OutboundRoutes routes = new OutboundRoutes(graph);
                outboundUsable = mask(routes);
            }
            boolean[] usable = outboundUsable;
            return new ShortestPaths(graph, internet, e -> usable[e]);
        }).reaches(source);
    }

    private IntPredicate usable(String domain) {
        boolean[] usable = usableByDomain.computeIfAbsent(domain, d -> {
            boolean[] carried = DomainRoutes.carried(graph, d);
            return mask(e -> carried[e]);
        });
        return e -> usable[e];
    }

    /** The links the filter allows, less the failed links and every link of a failed node. */
    private boolean[] mask(IntPredicate allowed) {
        boolean[] usable = new boolean[graph.linkCount()];
        for (int e = 0; e < usable.length; e++) {
            usable[e] = graph.from(e) >= 0 && allowed.test(e) && !failedLink[e] && !failedNode[graph.from(e)]
                    && !failedNode[graph.to(e)];
        }
        return usable;
    }
}
