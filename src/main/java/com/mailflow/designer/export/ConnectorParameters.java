package com.mailflow.designer.export;

import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import java.util.ArrayList;
import java.util.List;

/**
 * A connector as the parameters of New-InboundConnector or New-OutboundConnector for the Prepare
 * phase, each value a PowerShell literal: never restricted (that waits for the lock-down) and, for
 * outbound connectors, disabled (they change where mail goes the moment they are on).
 */
final class ConnectorParameters {
    private ConnectorParameters() {
    }

    record Parameter(String name, String literal) {
    }

    static List<Parameter> of(InboundConnector c) {
        List<Parameter> p = new ArrayList<>();
        p.add(text("Name", c.name()));
        p.add(text("ConnectorType", c.type().id()));
        p.add(text("SenderDomains", "*"));
        if (c.identifyBy() == IdentifyBy.CERTIFICATE) {
            p.add(text("TlsSenderCertificateName", c.certificate()));
        } else {
            p.add(list("SenderIPAddresses", c.senderIpAddresses()));
        }
        p.add(flag("RequireTls", c.requireTls()));
        if (c.enhancedFiltering() && c.skipAddresses().isEmpty()) {
            p.add(flag("EFSkipLastIP", true));
        } else if (c.enhancedFiltering()) {
            p.add(list("EFSkipIPs", c.skipAddresses()));
        }
        if (c.hybrid()) {
            p.add(flag("CloudServicesMailEnabled", true));
        }
        return p;
    }

    static List<Parameter> of(OutboundConnector c) {
        List<Parameter> p = new ArrayList<>();
        p.add(text("Name", c.name()));
        p.add(text("ConnectorType", c.type().id()));
        p.add(flag("UseMXRecord", false));
        p.add(list("SmartHosts", c.smartHosts()));
        p.add(list("RecipientDomains", c.recipientDomains()));
        if (c.tlsDomain() != null) {
            p.add(text("TlsSettings", "DomainValidation"));
            p.add(text("TlsDomain", c.tlsDomain()));
        }
        if (c.routeAllViaOnPremises()) {
            p.add(flag("RouteAllMessagesViaOnPremises", true));
        }
        if (c.hybrid()) {
            p.add(flag("CloudServicesMailEnabled", true));
        }
        p.add(flag("Enabled", false));
        return p;
    }

    /** The lock-down's parameters: RestrictDomainsToCertificate or RestrictDomainsToIPAddresses. */
    static Parameter restriction(InboundConnector c) {
        return flag(c.identifyBy() == IdentifyBy.CERTIFICATE ? "RestrictDomainsToCertificate"
                : "RestrictDomainsToIPAddresses", true);
    }

    private static Parameter text(String name, String value) {
        return new Parameter(name, PowerShellText.quote(value));
    }

    private static Parameter list(String name, List<String> values) {
        return new Parameter(name, "@(" + PowerShellText.quoteAll(values) + ")");
    }

    private static Parameter flag(String name, boolean value) {
        return new Parameter(name, value ? "$true" : "$false");
    }
}
