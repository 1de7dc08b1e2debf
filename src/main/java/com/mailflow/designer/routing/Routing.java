package com.mailflow.designer.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every mail path of a scenario, in the report's order, with the MX entry of each domain and
 * the flows that should exist but can't.
 *
 * @param mx by domain name as entered, for domains with mailboxes, in file order
 * @param senders by domain name as entered: the senders' node ids in node order
 * @param outbound each sender's path to the Internet by node id (one path per sender, whatever the domain)
 */
public record Routing(List<Flow> flows, Map<String, MxChoice> mx, Map<String, List<String>> outbound,
                      Map<String, List<String>> senders, List<Unreached> unreached) {

    /** Senders of the domain (as entered), node ids in node order (analysis.md section 1). */
    public List<String> sendersOf(String domain) {
        return senders.getOrDefault(domain, List.of());
    }

    public Optional<MxChoice> mxOf(String domain) {
        return Optional.ofNullable(mx.get(domain));
    }

    /** The node just before the Internet on the sender's outbound path. */
    public Optional<String> egressOf(String sender) {
        List<String> path = outbound.get(sender);
        return path == null || path.size() < 2 ? Optional.empty() : Optional.of(path.get(path.size() - 2));
    }

    public List<Flow> flows(FlowKind kind) {
        return flows.stream().filter(f -> f.kind() == kind).toList();
    }
}
