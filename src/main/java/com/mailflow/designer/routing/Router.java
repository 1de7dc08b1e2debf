package com.mailflow.designer.routing;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the flows of analysis.md section 1. Cost: one search for outbound mail plus one per
 * mailbox node of each domain, each linear in nodes + links; never an enumeration of paths.
 */
public final class Router {
    private final MailGraph graph;
    private final ScenarioIndex index;
    private final ShortestPaths toInternet;
    private final List<DomainRoutes> domains = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final List<Unreached> unreached = new ArrayList<>();
    private final Map<String, List<String>> outbound = new HashMap<>();
    private final Map<String, List<Integer>> senders = new LinkedHashMap<>();

    private Router(ScenarioIndex index) {
        this.index = index;
        this.graph = new MailGraph(index);
        this.toInternet = graph.internet() < 0 ? null
                : new ShortestPaths(graph, graph.internet(), new OutboundRoutes(graph));
        senders.putAll(Senders.byDomain(index));
        for (Domain d : index.scenario().domains()) {
            if (!d.mailboxes().isEmpty()) {
                domains.add(new DomainRoutes(graph, d));
            }
        }
    }

    public static Routing route(ScenarioIndex index) {
        Router router = new Router(index);
        router.inbound();
        router.outbound();
        router.crossPremises();
        router.internal();
        Map<String, MxChoice> mx = new LinkedHashMap<>();
        router.domains.forEach(d -> mx.put(d.domain().name(), d.mx()));
        Map<String, List<String>> senderIds = new LinkedHashMap<>();
        router.senders.forEach((domain, nodes) -> senderIds.put(domain, router.ids(nodes)));
        return new Routing(router.flows, mx, router.outbound, senderIds, router.unreached);
    }

    private List<String> ids(List<Integer> path) {
        String[] ids = new String[path.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = graph.id(path.get(i));
        }
        return List.of(ids);
    }

    private void add(FlowKind kind, Domain domain, int from, int to, List<Integer> path) {
        if (path.isEmpty()) {
            unreached.add(new Unreached(kind, domain.name(), graph.id(from), graph.id(to)));
        } else {
            flows.add(new Flow(kind, domain.name(), graph.id(from), graph.id(to), ids(path)));
        }
    }

    private void inbound() {
        for (DomainRoutes d : domains) {
            for (int mailbox : d.mailboxes()) {
                List<Integer> path = d.inboundPath(mailbox);
                if (!path.isEmpty()) {
                    flows.add(new Flow(FlowKind.INBOUND, d.domain().name(), graph.id(path.get(0)), graph.id(mailbox),
                            ids(path)));
                }
            }
        }
    }

    private List<Integer> outboundPath(int sender) {
        return toInternet == null ? List.of() : toInternet.path(sender);
    }

    private void outbound() {
        for (Domain d : index.scenario().domains()) {
            for (int sender : senders.get(d.name())) {
                List<Integer> path = outboundPath(sender);
                outbound.computeIfAbsent(graph.id(sender), id -> ids(path));
                if (graph.internet() < 0) {
                    unreached.add(new Unreached(FlowKind.OUTBOUND, d.name(), graph.id(sender), "internet"));
                } else {
                    add(FlowKind.OUTBOUND, d, sender, graph.internet(), path);
                }
            }
        }
    }

    private void crossPremises() {
        for (DomainRoutes d : domains) {
            if (d.mailboxes().size() < 2) {
                continue;
            }
            int hub = d.hub();
            List<int[]> pairs = new ArrayList<>();
            for (int other : d.mailboxes()) {
                if (other != hub) {
                    pairs.add(new int[] {hub, other});
                    pairs.add(new int[] {other, hub});
                }
            }
            pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
            for (int[] pair : pairs) {
                List<Integer> path = pair[0] == hub ? d.pathFromHub(pair[1]) : d.pathToHub(pair[0]);
                add(FlowKind.CROSS_PREMISES, d.domain(), pair[0], pair[1], path);
            }
        }
    }

    private void internal() {
        List<Integer> applications = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            Node node = index.nodeAt(i);
            if (node.kind().isApplicationSender() && !index.sendsOf(node).isEmpty()) {
                applications.add(i);
            }
        }
        for (DomainRoutes d : domains) {
            applications.forEach(sender -> internalFlow(d, sender));
        }
    }

    private void internalFlow(DomainRoutes d, int sender) {
        List<Integer> direct = d.pathToNearestMailbox(sender);
        if (!direct.isEmpty()) {
            add(FlowKind.INTERNAL, d.domain(), sender, direct.get(direct.size() - 1), direct);
            return;
        }
        List<Integer> out = outboundPath(sender);
        int best = d.nearestByInternet();
        if (out.isEmpty() || best < 0) {
            unreached.add(new Unreached(FlowKind.INTERNAL, d.domain().name(), graph.id(sender), null));
            return;
        }
        List<Integer> in = d.inboundPath(best);
        List<Integer> path = new ArrayList<>(out);
        path.addAll(in.subList(1, in.size()));
        add(FlowKind.INTERNAL, d.domain(), sender, best, path);
    }

}
