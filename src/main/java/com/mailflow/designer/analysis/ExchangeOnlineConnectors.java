package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Connectors for Exchange Online [Configure mail flow using connectors]: identified by
 * certificate when the node has one (recommended), else by its addresses.
 */
final class ExchangeOnlineConnectors {
    private ExchangeOnlineConnectors() {
    }

    static List<Connector> plan(AnalysisContext ctx) {
        List<Connector> connectors = new ArrayList<>();
        ConnectorNames names = new ConnectorNames();
        ConnectorPlanner.sendersIntoCloud(ctx).forEach(node -> {
            if (node.kind().isOrgOwned() && !ctx.submitsWithSmtpAuth(node)) {
                connectors.add(inbound(ctx, node, ConnectorType.ON_PREMISES, names));
            } else if (node.kind().isThirdParty()) {
                connectors.add(inbound(ctx, node, ConnectorType.PARTNER, names));
            }
        });
        ConnectorPlanner.linksFromCloud(ctx).forEach(link -> connectors.add(outbound(ctx, link, names)));
        return connectors;
    }

    private static InboundConnector inbound(AnalysisContext ctx, Node node, ConnectorType type, ConnectorNames names) {
        boolean onPremises = type == ConnectorType.ON_PREMISES;
        boolean byCertificate = node.certificate().isPresent();
        SenderAddresses addresses = byCertificate ? SenderAddresses.NONE : SenderAddresses.of(ctx, node, onPremises);
        boolean enhancedFiltering = ctx.isBeforeCloudOnInbound(node);
        // A restriction with an address left out would reject that address's mail, and one with no
        // identity at all would reject everything: never apply it then.
        boolean restrict = !onPremises && addresses.leftOut().isEmpty()
                && (byCertificate || !addresses.listed().isEmpty());
        return new InboundConnector(type, names.unique("From ", node.name()), List.of(node.id()),
                byCertificate ? IdentifyBy.CERTIFICATE : IdentifyBy.IP, node.certificate().orElse(null),
                addresses.listed(), addresses.leftOut(), enhancedFiltering,
                enhancedFiltering ? ctx.skipAddressesBefore(node) : List.of(),
                byCertificate || !onPremises, restrict, false, onPremises && ctx.isHybridEnd(node));
    }

    private static OutboundConnector outbound(AnalysisContext ctx, Link link, ConnectorNames names) {
        Node node = ctx.node(link.to());
        boolean onPremises = node.kind().isOrgOwned();
        return new OutboundConnector(onPremises ? ConnectorType.ON_PREMISES : ConnectorType.PARTNER,
                names.unique("To ", node.name()), List.of(node.id()), ConnectorPlanner.smartHosts(ctx, node),
                ConnectorPlanner.recipientDomains(link), onPremises ? node.certificate().orElse(null) : null,
                onPremises && ConnectorPlanner.routesAllMail(ctx, node), onPremises && ctx.isHybridEnd(node));
    }
}
