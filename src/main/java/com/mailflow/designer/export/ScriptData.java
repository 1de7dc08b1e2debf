package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The design as PowerShell data at the top of the script ($Inbound, $Outbound, $AllowList,
 * $DkimDomains): what the phases create and what the pre-flight compares with the tenant.
 */
final class ScriptData {
    private static final String INDENT = ExchangeOnlineScript.INDENT;
    private final ScriptBuilder script;
    private final Report report;

    ScriptData(ScriptBuilder script, Report report) {
        this.script = script;
        this.report = report;
    }

    void write() {
        script.heading("What this design creates");
        List<InboundConnector> inbound = new ArrayList<>();
        List<OutboundConnector> outbound = new ArrayList<>();
        for (Connector c : report.connectors()) {
            if (c instanceof InboundConnector in) {
                inbound.add(in);
            } else {
                outbound.add((OutboundConnector) c);
            }
        }
        connectors("$Inbound", inbound, c -> ConnectorParameters.of((InboundConnector) c));
        connectors("$Outbound", outbound, c -> ConnectorParameters.of((OutboundConnector) c));
        script.line("$HybridPairs = " + (report.connectors().stream().anyMatch(Connector::hybrid) ? "$true" : "$false"));
        allowList();
        List<String> dkim = new ArrayList<>(dkimDomains());
        script.paragraph("", "Domains Exchange Online signs with DKIM (2048-bit keys; signing is enabled by hand"
                + " once the CNAME records resolve).");
        script.line("$DkimDomains = @(" + PowerShellText.quoteAll(dkim) + ")");
    }

    /** Whether the script creates the connector: not one that identifies nobody. */
    boolean creates(Connector c) {
        return ExchangeOnlineScript.identifies(c);
    }

    private void connectors(String variable, List<? extends Connector> list,
                            Function<Connector, List<ConnectorParameters.Parameter>> parameters) {
        if (list.isEmpty()) {
            script.line(variable + " = @()");
            return;
        }
        script.line(variable + " = @(");
        for (Connector c : list) {
            script.comment(INDENT, c.name() + " (" + c.type().id() + ")");
            ConnectorSettings.describe(c).forEach(line -> script.paragraph(INDENT, "  " + line));
            if (!creates(c)) {
                script.comment(INDENT, "Not created: nothing identifies this sender (see connector.no-identity).");
                continue;
            }
            script.line(INDENT + "@{");
            for (ConnectorParameters.Parameter p : parameters.apply(c)) {
                script.line(INDENT + INDENT + p.name() + " = " + p.literal());
            }
            script.line(INDENT + "}");
        }
        script.line(")");
    }

    private void allowList() {
        script.comment("The connection filter's IP Allow List: only internal servers that carry no Internet mail and")
                .comment("are identified by certificate. Every other trusted address is trusted through its connector:")
                .comment("an allow-listed address lets Internet mail through it skip spam filtering, and one that is")
                .comment("also on an IP-based connector is still filtered.");
        List<String> entries = new ArrayList<>();
        for (SafelistEntry e : report.safelist()) {
            if (e.allowList()) {
                entries.addAll(e.entries());
            }
        }
        script.line("$AllowList = @(" + PowerShellText.quoteAll(List.copyOf(new LinkedHashSet<>(entries))) + ")");
    }

    private Set<String> dkimDomains() {
        Set<String> domains = new LinkedHashSet<>();
        report.dns().stream().filter(d -> d.purpose() == RecordPurpose.DKIM).forEach(d -> domains.add(d.domain()));
        return domains;
    }
}
