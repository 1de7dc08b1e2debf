package com.mailflow.designer.analysis;

import java.util.List;

/**
 * Mail into the cloud service from a node of the organization or a partner.
 *
 * @param certificate the TLS certificate name when identified by certificate, else null
 * @param senderIpAddresses what SenderIPAddresses lists: /24 to /32, wider ranges already split
 * @param leftOutAddresses the node's addresses SenderIPAddresses can't take (IPv6, wider than /16, ...)
 * @param skipAddresses the hops Enhanced Filtering looks past, when it is on
 * @param restrictToSender Partner connectors: accept only from this certificate or these addresses
 *        (applied in the lock-down phase only, and never when an address was left out)
 * @param rejectMailNotFromGatewayIps google-workspace inbound gateway that is a domain's MX entry
 */
public record InboundConnector(ConnectorType type, String name, List<String> nodes, IdentifyBy identifyBy,
                               String certificate, List<String> senderIpAddresses, List<String> leftOutAddresses,
                               boolean enhancedFiltering, List<String> skipAddresses, boolean requireTls,
                               boolean restrictToSender, boolean rejectMailNotFromGatewayIps, boolean hybrid)
        implements Connector {
    public InboundConnector {
        nodes = List.copyOf(nodes);
        senderIpAddresses = List.copyOf(senderIpAddresses);
        leftOutAddresses = List.copyOf(leftOutAddresses);
        skipAddresses = List.copyOf(skipAddresses);
    }

    @Override
    public ConnectorDirection direction() {
        return ConnectorDirection.INBOUND;
    }
}
