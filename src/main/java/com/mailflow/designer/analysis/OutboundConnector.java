package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Link;
import java.util.List;

/**
 * Mail from the cloud service to a node of the organization or a partner.
 *
 * @param tlsDomain the certificate name to validate (TlsSettings DomainValidation), or null
 * @param routeAllViaOnPremises Internet-bound mail takes this connector (centralized mail transport)
 */
public record OutboundConnector(ConnectorType type, String name, List<String> nodes, List<String> smartHosts,
                                List<String> recipientDomains, String tlsDomain, boolean routeAllViaOnPremises,
                                boolean hybrid)
        implements Connector {
    public OutboundConnector {
        nodes = List.copyOf(nodes);
        smartHosts = List.copyOf(smartHosts);
        recipientDomains = List.copyOf(recipientDomains);
    }

    @Override
    public ConnectorDirection direction() {
        return ConnectorDirection.OUTBOUND;
    }

    /** For all recipients: Internet-bound mail may take it. */
    public boolean forAllRecipients() {
        return recipientDomains.contains(Link.ALL_DOMAINS);
    }
}
