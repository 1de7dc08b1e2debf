package com.mailflow.designer.routing;

import com.mailflow.designer.model.ScenarioIndex;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every mail path of a scenario, in the report's order, with the MX entry of each domain and
 * the flows that should exist but can't. Immutable.
 */
public final class Routing {
    private final List<Flow> flows;
    private final Map<FlowKind, List<Flow>> byKind = new EnumMap<>(FlowKind.class);
    private final Map<String, MxChoice> mx;
    private final Map<String, List<String>> senders;
    private final Map<String, List<String>> egresses;
    private final List<Unreached> unreached;
    private final ScenarioIndex index;
    /** By node position: the sender's path to the Internet, or null for a node that sends nothing. */
    private final List<String>[] outbound;

    /** {@code byKind} holds every kind's flows in the report's order. */
    Routing(Map<FlowKind, List<Flow>> byKind, Map<String, MxChoice> mx, Map<String, List<String>> senders,
            Map<String, List<String>> egresses, List<Unreached> unreached, ScenarioIndex index, List<String>[] outbound) {
        Flow[] all = new Flow[byKind.values().stream().mapToInt(List::size).sum()];
        int filled = 0;
        for (FlowKind kind : FlowKind.values()) {
            for (Flow flow : byKind.get(kind)) {
                all[filled++] = flow;
            }
        }
        this.flows = List.of(all);
        // Each kind is one run of the list: a view, not a second copy.
        int start = 0;
        for (FlowKind kind : FlowKind.values()) {
            int end = start + byKind.get(kind).size();
            this.byKind.put(kind, flows.subList(start, end));
            start = end;
        }
        this.mx = Collections.unmodifiableMap(mx);
        this.senders = Collections.unmodifiableMap(senders);
        this.egresses = Collections.unmodifiableMap(egresses);
        this.unreached = List.copyOf(unreached);
        this.index = index;
        this.outbound = outbound;
    }

    /** Every flow, kind by kind in the report's order. */
    public List<Flow> flows() {
        return flows;
    }

    /** The flows of one kind, in the report's order: a view, cheap to ask for again. */
    public List<Flow> flows(FlowKind kind) {
        return byKind.get(kind);
    }

    /** The MX choice by domain name as entered, for domains with mailboxes, in file order. */
    public Map<String, MxChoice> mx() {
        return mx;
    }

    public Optional<MxChoice> mxOf(String domain) {
        return Optional.ofNullable(mx.get(domain));
    }

    /** By domain name as entered: the senders' node ids in node order. */
    public Map<String, List<String>> senders() {
        return senders;
    }

    /** Senders of the domain (as entered), node ids in node order (docs/rules.md, Flows). */
    public List<String> sendersOf(String domain) {
        return senders.getOrDefault(domain, List.of());
    }

    public List<Unreached> unreached() {
        return unreached;
    }

    /** Each sender's path to the Internet by node id, in node order (one path per sender, whatever the domain). */
    public Map<String, List<String>> outbound() {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        for (int i = 0; i < outbound.length; i++) {
            if (outbound[i] != null) {
                byId.put(index.nodeAt(i).id(), outbound[i]);
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    /**
     * The last hops before the Internet on the outbound paths of the domain's (as entered) senders:
     * node ids in sender order, each once. Decided with the paths, so it costs a lookup.
     */
    public List<String> egressesOf(String domain) {
        return egresses.getOrDefault(domain, List.of());
    }

    /** The node just before the Internet on the sender's outbound path. */
    public Optional<String> egressOf(String sender) {
        int node = index.orderOf(sender);
        List<String> path = node < 0 ? null : outbound[node];
        return path == null || path.size() < 2 ? Optional.empty() : Optional.of(path.get(path.size() - 2));
    }
}
