package com.mailflow.designer.routing;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Computes the flows of docs/rules.md, Flows. Cost: one search for outbound mail plus a fixed
 * number per domain with mailboxes, each linear in nodes + links; never an enumeration of paths.
 * Paths are node positions until they become flows, which read their ids from the graph's table.
 */
public final class Router {
    private final MailGraph graph;
    private final ScenarioIndex index;
    private final ShortestPaths toInternet;
    private final List<DomainRoutes> domains = new ArrayList<>();
    private final Map<FlowKind, ArrayList<Flow>> flows = new EnumMap<>(FlowKind.class);
    private final List<Unreached> unreached = new ArrayList<>();
    /** By node position: the sender's path to the Internet, the same list its outbound flows hold. */
    private final NodeIds[] outbound;
    private final Map<String, int[]> senders;

    private Router(ScenarioIndex index) {
        this.index = index;
        this.graph = new MailGraph(index);
        this.toInternet = graph.internet() < 0 ? null
                : new ShortestPaths(graph, graph.internet(), new OutboundRoutes(graph));
        this.outbound = new NodeIds[graph.size()];
        this.senders = Senders.byDomain(index);
        for (FlowKind kind : FlowKind.values()) {
            flows.put(kind, new ArrayList<>());
        }
        Searches.ByLinks searches = new Searches.ByLinks(graph);
        for (Domain d : index.scenario().domains()) {
            if (!d.mailboxes().isEmpty()) {
                domains.add(new DomainRoutes(graph, d, searches));
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
        return new Routing(new EnumMap<FlowKind, List<Flow>>(router.flows), mx, senderIds, router.egresses(),
                router.unreached, index, router.outbound);
    }

    /** By domain: the last hops before the Internet of its senders' outbound paths, in sender order, each once. */
    private Map<String, List<String>> egresses() {
        Map<String, List<String>> egresses = new LinkedHashMap<>();
        int[] seenFor = new int[graph.size()];
        Arrays.fill(seenFor, -1);
        int domain = 0;
        for (Map.Entry<String, int[]> e : senders.entrySet()) {
            IntStream.Builder found = IntStream.builder();
            for (int sender : e.getValue()) {
                int[] path = outbound[sender].nodes();
                int egress = path.length < 2 ? -1 : path[path.length - 2];
                if (egress >= 0 && seenFor[egress] != domain) {
                    seenFor[egress] = domain;
                    found.add(egress);
                }
            }
            egresses.put(e.getKey(), ids(found.build().toArray()));
            domain++;
        }
        return egresses;
    }

    private NodeIds ids(int[] path) {
        return new NodeIds(graph.ids(), path);
    }

    private void add(FlowKind kind, Domain domain, int from, int to, int[] path) {
        add(kind, domain, from, to, path.length == 0 ? null : ids(path));
    }

    /** A flow along {@code path}, or an unreached one when it is null or empty. */
    private void add(FlowKind kind, Domain domain, int from, int to, NodeIds path) {
        if (path == null || path.isEmpty()) {
            unreached.add(new Unreached(kind, domain.name(), graph.id(from), graph.id(to)));
        } else {
            flows.get(kind).add(new Flow(kind, domain.name(), graph.id(from), graph.id(to), path));
        }
    }

    private void inbound() {
        for (DomainRoutes d : domains) {
            for (int mailbox : d.mailboxes()) {
                int[] path = d.inboundPath(mailbox);
                if (path.length > 0) {
                    add(FlowKind.INBOUND, d.domain(), path[0], mailbox, path);
                }
            }
        }
    }

    private int[] outboundPath(int sender) {
        return toInternet == null ? ShortestPaths.NO_PATH : toInternet.path(sender);
    }

    private void outbound() {
        flows.get(FlowKind.OUTBOUND).ensureCapacity(senders.values().stream().mapToInt(s -> s.length).sum());
        for (Domain d : index.scenario().domains()) {
            for (int sender : senders.get(d.name())) {
                if (outbound[sender] == null) {
                    outbound[sender] = ids(outboundPath(sender));
                }
                if (graph.internet() < 0) {
                    unreached.add(new Unreached(FlowKind.OUTBOUND, d.name(), graph.id(sender), "internet"));
                } else {
                    add(FlowKind.OUTBOUND, d, sender, graph.internet(), outbound[sender]);
                }
            }
        }
    }

    /**
     * Each mailbox node to the hub and back, ordered by (from, to) node position: mailboxes are
     * ascending and include the hub, so the order is read off without sorting pairs.
     */
    private void crossPremises() {
        for (DomainRoutes d : domains) {
            int[] mailboxes = d.mailboxes();
            if (mailboxes.length < 2) {
                continue;
            }
            int hub = d.hub();
            for (int other : mailboxes) {
                if (other < hub) {
                    add(FlowKind.CROSS_PREMISES, d.domain(), other, hub, d.pathToHub(other));
                }
            }
            for (int other : mailboxes) {
                if (other != hub) {
                    add(FlowKind.CROSS_PREMISES, d.domain(), hub, other, d.pathFromHub(other));
                }
            }
            for (int other : mailboxes) {
                if (other > hub) {
                    add(FlowKind.CROSS_PREMISES, d.domain(), other, hub, d.pathToHub(other));
                }
            }
        }
    }

    private void internal() {
        int[] applications = IntStream.range(0, graph.size()).filter(i -> {
            Node node = index.nodeAt(i);
            return node.kind().isApplicationSender() && !index.sendsOf(node).isEmpty();
        }).toArray();
        flows.get(FlowKind.INTERNAL).ensureCapacity(applications.length * domains.size());
        for (DomainRoutes d : domains) {
            for (int sender : applications) {
                internalFlow(d, sender);
            }
        }
    }

    private void internalFlow(DomainRoutes d, int sender) {
        NodeIds direct = d.pathToNearestMailbox(sender);
        if (direct != null) {
            add(FlowKind.INTERNAL, d.domain(), sender, direct.nodes()[direct.size() - 1], direct);
            return;
        }
        int[] out = outboundPath(sender);
        int best = d.nearestByInternet();
        if (out.length == 0 || best < 0) {
            unreached.add(new Unreached(FlowKind.INTERNAL, d.domain().name(), graph.id(sender), null));
            return;
        }
        int[] in = d.inboundPath(best);
        int[] path = new int[out.length + in.length - 1];
        System.arraycopy(out, 0, path, 0, out.length);
        System.arraycopy(in, 1, path, out.length, in.length - 1);
        add(FlowKind.INTERNAL, d.domain(), sender, best, path);
    }
}
