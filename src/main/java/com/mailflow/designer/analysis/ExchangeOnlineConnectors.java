package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import java.util.ArrayList;
import java.util.List;

/** Connectors for Exchange Online [001_9f8ccf5837d4e46a.txt]: certificate recommended, else IP. */
final class ExchangeOnlineConnectors {
    static final String ON_PREMISES = "OnPremises";
    static final String PARTNER = "Partner";

    private ExchangeOnlineConnectors() {
    }

    static List<Connector> plan(AnalysisContext ctx) {
        List<Connector> connectors = new ArrayList<>();
        ConnectorPlanner.sendersIntoCloud(ctx).forEach(node -> {
            if (node.kind().isOrgOwned() && !ctx.submitsWithSmtpAuth(node)) {
                connectors.add(inbound(ctx, node, ON_PREMISES));
            } else if (node.kind().isThirdParty()) {
                connectors.add(inbound(ctx, node, PARTNER));
            }
        });
        ConnectorPlanner.linksFromCloud(ctx).forEach(link -> connectors.add(outbound(ctx, link)));
        return connectors;
    }

    private static InboundConnector inbound(AnalysisContext ctx, Node node, String type) {
        boolean onPremises = ON_PREMISES.equals(type);
        boolean byCertificate = node.certificate().isPresent();
        boolean enhancedFiltering = ctx.isBeforeCloudOnInbound(node);
        return new InboundConnector(type, "From " + node.name(), List.of(node.id()),
                byCertificate ? "certificate" : "ip", node.certificate().orElse(null),
                byCertificate ? List.of() : ConnectorPlanner.usableAddresses(ctx, node, onPremises),
                enhancedFiltering,
                enhancedFiltering ? ConnectorPlanner.canonicalAddresses(ctx, node) : List.of(),
                byCertificate || !onPremises, !onPremises, false);
    }

    private static OutboundConnector outbound(AnalysisContext ctx, Link link) {
        Node node = ctx.node(link.to());
        boolean onPremises = node.kind().isOrgOwned();
        return new OutboundConnector(onPremises ? ON_PREMISES : PARTNER, "To " + node.name(), List.of(node.id()),
                ConnectorPlanner.smartHosts(ctx, node), ConnectorPlanner.recipientDomains(link),
                onPremises ? node.certificate().orElse(null) : null,
                onPremises && ConnectorPlanner.routesAllMail(ctx, node));
    }
}
