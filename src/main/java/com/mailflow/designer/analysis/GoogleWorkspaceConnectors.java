package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.net.IpAddress;
import com.mailflow.designer.routing.MxChoice;
import java.util.ArrayList;
import java.util.List;

/**
 * The same facts mapped onto Google Workspace settings: inbound gateways, the SMTP relay
 * service's allowed senders, and outbound routes.
 */
final class GoogleWorkspaceConnectors {
    private GoogleWorkspaceConnectors() {
    }

    static List<Connector> plan(AnalysisContext ctx) {
        List<Connector> connectors = new ArrayList<>();
        ConnectorNames names = new ConnectorNames();
        ConnectorPlanner.sendersIntoCloud(ctx).forEach(node -> {
            if (node.kind().isThirdParty()) {
                connectors.add(inboundGateway(ctx, node, names));
            } else if (node.kind().isOrgOwned()) {
                connectors.add(smtpRelay(ctx, node, names));
            }
        });
        ConnectorPlanner.linksFromCloud(ctx).forEach(link -> connectors.add(outboundRoute(ctx, link, names)));
        return connectors;
    }

    private static InboundConnector inboundGateway(AnalysisContext ctx, Node node, ConnectorNames names) {
        boolean isMxEntry = ctx.routing().mx().values().stream()
                .map(MxChoice::entry).anyMatch(node.id()::equals);
        return new InboundConnector(ConnectorType.INBOUND_GATEWAY, names.unique("Inbound gateway ", node.name()),
                List.of(node.id()), IdentifyBy.IP, null, ConnectorPlanner.canonicalAddresses(ctx, node), List.of(),
                false, List.of(), false, true, isMxEntry, false);
    }

    private static InboundConnector smtpRelay(AnalysisContext ctx, Node node, ConnectorNames names) {
        List<String> addresses = ctx.addressesOf(node).stream().filter(IpAddress::isPublic)
                .map(IpAddress::canonical).toList();
        boolean byIp = node.staticIp() && !addresses.isEmpty() && !node.sharedAddresses()
                && !ctx.submitsWithSmtpAuth(node);
        return new InboundConnector(ConnectorType.SMTP_RELAY, names.unique("SMTP relay from ", node.name()),
                List.of(node.id()), byIp ? IdentifyBy.IP : IdentifyBy.SMTP_AUTH, null, byIp ? addresses : List.of(),
                List.of(), false, List.of(), true, false, false, false);
    }

    private static OutboundConnector outboundRoute(AnalysisContext ctx, Link link, ConnectorNames names) {
        Node node = ctx.node(link.to());
        return new OutboundConnector(ConnectorType.OUTBOUND_ROUTE, names.unique("Route to ", node.name()),
                List.of(node.id()), ConnectorPlanner.smartHosts(ctx, node), ConnectorPlanner.recipientDomains(link),
                null, ConnectorPlanner.routesAllMail(ctx, node), false);
    }
}
