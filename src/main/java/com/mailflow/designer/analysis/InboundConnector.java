package com.mailflow.designer.analysis;

import java.util.List;

/**
 * Mail into the cloud service from a node of the organization or a partner.
 *
 * @param identifyBy {@code certificate}, {@code ip} or {@code smtp-auth}
 * @param certificate the TLS certificate name when identified by certificate, else null
 * @param restrictToSender Partner connectors: accept only from this certificate or these addresses
 * @param rejectMailNotFromGatewayIps google-workspace inbound gateway that is a domain's MX entry
 */
public record InboundConnector(String type, String name, List<String> nodes, String identifyBy, String certificate,
                               List<String> senderIpAddresses, boolean enhancedFiltering, List<String> skipAddresses,
                               boolean requireTls, boolean restrictToSender, boolean rejectMailNotFromGatewayIps)
        implements Connector {
    public InboundConnector {
        nodes = List.copyOf(nodes);
        senderIpAddresses = List.copyOf(senderIpAddresses);
        skipAddresses = List.copyOf(skipAddresses);
    }

    @Override
    public String direction() {
        return "inbound";
    }
}
