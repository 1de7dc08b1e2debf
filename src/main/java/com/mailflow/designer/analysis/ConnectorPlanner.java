package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.net.IpAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The connectors a profile calls for; inbound before outbound, then node order. */
final class ConnectorPlanner {
    private ConnectorPlanner() {
    }

    static List<Connector> plan(AnalysisContext ctx) {
        if (ctx.cloud().isEmpty()) {
            return List.of();
        }
        return switch (ctx.profile()) {
            case EXCHANGE_ONLINE -> ExchangeOnlineConnectors.plan(ctx);
            case GOOGLE_WORKSPACE -> GoogleWorkspaceConnectors.plan(ctx);
            case FOPE -> List.of();
        };
    }

    /** Nodes with a link into the cloud service, in node order. */
    static Stream<Node> sendersIntoCloud(AnalysisContext ctx) {
        return ctx.nodes().stream().filter(ctx::linksIntoCloud);
    }

    /** Links from the cloud service to another node than the Internet, in the target's node order. */
    static Stream<Link> linksFromCloud(AnalysisContext ctx) {
        Node cloud = ctx.cloud().orElseThrow();
        return ctx.scenario().links().stream()
                .filter(l -> l.from().equals(cloud.id()))
                .filter(l -> ctx.node(l.to()).kind() != NodeKind.INTERNET)
                .sorted(Comparator.comparingInt(l -> ctx.index().orderOf(l.to())));
    }

    static List<String> canonicalAddresses(AnalysisContext ctx, Node node) {
        return ctx.addressesOf(node).stream().map(IpAddress::canonical).toList();
    }

    /** Where the service sends: the node's outbound host, else its hostname, else its first address. */
    static List<String> smartHosts(AnalysisContext ctx, Node node) {
        Optional<String> host = node.outboundHost().or(node::hostname);
        if (host.isPresent()) {
            return List.of(host.get());
        }
        return ctx.addressesOf(node).stream().limit(1).map(IpAddress::canonical).toList();
    }

    static List<String> recipientDomains(Link link) {
        return link.carriesAll() ? List.of(Link.ALL_DOMAINS) : link.domains();
    }

    /** Internet-bound mail leaves the cloud service through this node. */
    static boolean routesAllMail(AnalysisContext ctx, Node node) {
        return ctx.takesMailLeavingCloud(node);
    }
}
