package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import java.util.ArrayList;
import java.util.List;

/** A connector's settings as short lines a consultant reads ("Smart hosts: mail.contoso.com"). */
final class ConnectorSettings {
    private ConnectorSettings() {
    }

    static List<String> describe(Connector c) {
        return c instanceof InboundConnector in ? inbound(in) : outbound((OutboundConnector) c);
    }

    private static List<String> inbound(InboundConnector in) {
        List<String> lines = new ArrayList<>();
        switch (in.identifyBy()) {
            case "certificate" -> lines.add("Identify by certificate: " + in.certificate());
            case "ip" -> lines.add("Identify by sender IP addresses: " + list(in.senderIpAddresses()));
            default -> lines.add("Identify by: " + in.identifyBy());
        }
        if (!"ip".equals(in.identifyBy()) && !in.senderIpAddresses().isEmpty()) {
            lines.add("Sender IP addresses: " + list(in.senderIpAddresses()));
        }
        if (in.enhancedFiltering()) {
            lines.add("Enhanced Filtering: on, skipping " + (in.skipAddresses().isEmpty() ? "the last IP address"
                    : list(in.skipAddresses())));
        }
        if (in.requireTls()) {
            lines.add("Require TLS");
        }
        if (in.restrictToSender()) {
            lines.add("Accept only from this " + ("certificate".equals(in.identifyBy()) ? "certificate" : "address list"));
        }
        if (in.rejectMailNotFromGatewayIps()) {
            lines.add("Reject mail not from the gateway IP addresses");
        }
        return lines;
    }

    private static List<String> outbound(OutboundConnector out) {
        List<String> lines = new ArrayList<>();
        lines.add("Smart hosts: " + list(out.smartHosts()));
        lines.add("Recipient domains: " + list(out.recipientDomains()));
        if (out.tlsDomain() != null) {
            lines.add("TLS: validate the certificate name " + out.tlsDomain());
        }
        if (out.routeAllViaOnPremises()) {
            lines.add("Route all Internet-bound mail through this connector");
        }
        return lines;
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values);
    }
}
