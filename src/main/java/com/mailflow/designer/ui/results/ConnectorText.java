package com.mailflow.designer.ui.results;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import java.util.ArrayList;
import java.util.List;

/** One line of settings per connector, in the words of the admin center. */
final class ConnectorText {
    private ConnectorText() {
    }

    static String settings(Connector c) {
        List<String> parts = new ArrayList<>();
        if (c instanceof InboundConnector in) {
            parts.add("identify by " + in.identifyBy());
            if (in.certificate() != null) {
                parts.add("certificate " + in.certificate());
            }
            if (!in.senderIpAddresses().isEmpty()) {
                parts.add("sender IPs " + String.join(", ", in.senderIpAddresses()));
            }
            if (in.enhancedFiltering()) {
                parts.add("Enhanced Filtering" + (in.skipAddresses().isEmpty() ? ""
                        : " (skip " + String.join(", ", in.skipAddresses()) + ")"));
            }
            if (in.requireTls()) {
                parts.add("require TLS");
            }
            if (in.restrictToSender()) {
                parts.add("restricted to sender");
            }
            if (in.rejectMailNotFromGatewayIps()) {
                parts.add("reject mail not from gateway IPs");
            }
        } else if (c instanceof OutboundConnector out) {
            parts.add("smart hosts " + String.join(", ", out.smartHosts()));
            parts.add("recipient domains " + String.join(", ", out.recipientDomains()));
            if (out.tlsDomain() != null) {
                parts.add("TLS domain " + out.tlsDomain());
            }
            if (out.routeAllViaOnPremises()) {
                parts.add("route all mail via this connector");
            }
        }
        return String.join("; ", parts);
    }
}
