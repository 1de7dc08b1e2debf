package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.ConnectorType;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import java.util.ArrayList;
import java.util.List;

/**
 * A connector's settings as short lines a consultant reads ("Smart hosts: mail.contoso.com"): the
 * one wording of a connector, shown on screen, in the handouts, the text report and the script.
 */
public final class ConnectorSettings {
    private ConnectorSettings() {
    }

    public static List<String> describe(Connector c) {
        return c instanceof InboundConnector in ? inbound(in) : outbound((OutboundConnector) c);
    }

    /** The lines joined into one, for a table cell or a terminal. */
    public static String oneLine(Connector c) {
        return String.join("; ", describe(c));
    }

    private static List<String> inbound(InboundConnector in) {
        List<String> lines = new ArrayList<>();
        lines.add(switch (in.identifyBy()) {
            case CERTIFICATE -> "Identify by certificate: " + in.certificate();
            case IP -> "Identify by sender IP addresses: " + list(in.senderIpAddresses());
            case SMTP_AUTH -> "Identify by SMTP AUTH sign-in (no address list)";
        });
        if (in.identifyBy() != IdentifyBy.IP && !in.senderIpAddresses().isEmpty()) {
            lines.add("Sender IP addresses: " + list(in.senderIpAddresses()));
        }
        if (!in.leftOutAddresses().isEmpty()) {
            lines.add("Left out (the list can't take them): " + list(in.leftOutAddresses()));
        }
        if (in.enhancedFiltering()) {
            lines.add("Enhanced Filtering: on, skipping " + (in.skipAddresses().isEmpty() ? "the last IP address"
                    : list(in.skipAddresses())));
        }
        if (in.requireTls()) {
            lines.add("Require TLS");
        }
        if (in.restrictToSender()) {
            lines.add("After the MX points here (lock-down): accept only from this "
                    + (in.identifyBy() == IdentifyBy.CERTIFICATE ? "certificate" : "address list"));
        } else if (in.type() == ConnectorType.PARTNER) {
            lines.add("Not restricted to its sender: an address of it can't be listed");
        }
        if (in.rejectMailNotFromGatewayIps()) {
            lines.add("Reject mail not from the gateway IP addresses");
        }
        hybrid(in, lines);
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
        hybrid(out, lines);
        return lines;
    }

    private static void hybrid(Connector c, List<String> lines) {
        if (c.hybrid()) {
            lines.add("Hybrid: CloudServicesMailEnabled (the Hybrid Configuration Wizard creates it)");
        }
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values);
    }
}
