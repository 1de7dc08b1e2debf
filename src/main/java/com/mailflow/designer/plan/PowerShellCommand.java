package com.mailflow.designer.plan;

import com.mailflow.designer.analysis.Connector;
import java.util.List;

/**
 * One Exchange Online command of a step, as data: exports render it with the script's quoting, the
 * connector's parameters coming from the one place that decides them.
 *
 * @param connector the connector it acts on, or null
 * @param values the addresses or domain it acts on, when not a connector
 */
public record PowerShellCommand(Verb verb, Connector connector, List<String> values) {
    public enum Verb {
        /** New-InboundConnector unrestricted, or New-OutboundConnector disabled. */
        CREATE,
        /** Set-*Connector with the new stage's settings (never the restriction, never enabling). */
        RECONFIGURE,
        ENABLE,
        DISABLE,
        /** Set-InboundConnector -RestrictDomainsToCertificate or -RestrictDomainsToIPAddresses. */
        RESTRICT,
        /** Lifts the restriction again (rollback, or a stage that trusts more senders). */
        UNRESTRICT,
        REMOVE,
        ALLOW_LIST_ADD,
        ALLOW_LIST_REMOVE,
        DKIM_ENABLE
    }

    public PowerShellCommand {
        values = List.copyOf(values);
    }

    public static PowerShellCommand on(Verb verb, Connector connector) {
        return new PowerShellCommand(verb, connector, List.of());
    }

    public static PowerShellCommand with(Verb verb, List<String> values) {
        return new PowerShellCommand(verb, null, values);
    }
}
