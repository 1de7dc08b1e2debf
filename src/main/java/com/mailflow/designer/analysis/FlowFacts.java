package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.ScenarioIndex;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.Routing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules ask of the flows, read in one pass over each kind: who leaves for the Internet,
 * who hands the cloud service Internet mail (filtered or not), who carries hybrid mail, which
 * flows each sender starts, which domains' mail passes the service.
 */
final class FlowFacts {
    final Set<String> egress;
    final Set<String> afterCloudOutbound = new HashSet<>();
    /** Domains some outbound flow of which passes the cloud service (it can sign their mail). */
    final Set<String> passCloud = new HashSet<>();
    final Set<String> onInbound;
    final Set<String> beforeCloudOnInbound = new HashSet<>();
    final Set<String> unfilteredIntoCloud = new HashSet<>();
    /** Inbound flows by the node just before the cloud service on them. */
    final Map<String, List<Flow>> inboundVia = new HashMap<>();
    final Set<String> hybridEnds = new HashSet<>();
    /** Senders whose outbound or internal mail the cloud service relays (not out and back in). */
    final Set<String> relayedByCloud = new HashSet<>();
    /** By sender: the nodes that hand its mail to the cloud service, in flow order (repeats possible). */
    final Map<String, List<String>> handedToCloudBy = new HashMap<>();

    FlowFacts(ScenarioIndex index, Routing routing) {
        String cloud = index.cloudService().map(Node::id).orElse(null);
        List<Flow> outbound = routing.flows(FlowKind.OUTBOUND);
        List<Flow> inbound = routing.flows(FlowKind.INBOUND);
        List<Flow> internal = routing.flows(FlowKind.INTERNAL);
        egress = new HashSet<>(capacity(outbound.size()));
        onInbound = new HashSet<>(capacity(index.nodes().size()));
        String internet = index.internet().map(Node::id).orElse(null);
        for (Flow flow : outbound) {
            egress.add(flow.beforeLast());
            int at = cloud == null ? -1 : flow.path().indexOf(cloud);
            noteRelay(flow, at, internet);
            if (at >= 0) {
                passCloud.add(flow.domain());
                if (at + 1 < flow.path().size()) {
                    afterCloudOutbound.add(flow.path().get(at + 1));
                }
            }
        }
        for (Flow flow : internal) {
            noteRelay(flow, cloud == null ? -1 : flow.path().indexOf(cloud), internet);
        }
        for (Flow flow : inbound) {
            onInbound.addAll(flow.path());
            if (cloud != null) {
                noteInbound(index, flow, cloud);
            }
        }
        if (cloud != null) {
            routing.flows(FlowKind.CROSS_PREMISES).forEach(f -> noteHybridEnd(f, cloud));
        }
    }

    /** A sender's mail the cloud service relays, and who hands it over; not mail out and back in. */
    private void noteRelay(Flow flow, int at, String internet) {
        if (at < 0) {
            return;
        }
        int out = internet == null ? -1 : flow.path().indexOf(internet);
        if (out >= 0 && out < at) {
            return; // out through the Internet and back in: the service receives it, it does not relay it
        }
        relayedByCloud.add(flow.from());
        if (at > 0) {
            handedToCloudBy.computeIfAbsent(flow.from(), k -> new ArrayList<>(2)).add(flow.path().get(at - 1));
        }
    }

    private static int capacity(int entries) {
        return Math.max(16, entries * 4 / 3 + 1);
    }

    private void noteInbound(ScenarioIndex index, Flow flow, String cloud) {
        List<String> path = flow.path();
        int at = path.indexOf(cloud);
        if (at < 2) {
            return;
        }
        String before = path.get(at - 1);
        beforeCloudOnInbound.add(before);
        inboundVia.computeIfAbsent(before, k -> new ArrayList<>()).add(flow);
        for (int i = 1; i < at; i++) {
            if (index.node(path.get(i)).orElseThrow().filtersSpam()) {
                return;
            }
        }
        unfilteredIntoCloud.add(before);
    }

    /** The node next to the cloud service on a cross-premises flow carries hybrid mail. */
    private void noteHybridEnd(Flow flow, String cloud) {
        List<String> path = flow.path();
        if (path.size() < 2) {
            return;
        }
        if (path.get(0).equals(cloud)) {
            hybridEnds.add(path.get(1));
        } else if (path.get(path.size() - 1).equals(cloud)) {
            hybridEnds.add(path.get(path.size() - 2));
        }
    }
}
