package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.routing.Flow;
import java.util.ArrayList;
import java.util.List;

/** A summary a consultant reads in a terminal: flows, the seed's safelist table, connectors, DNS, findings. */
public final class TextReport {
    private TextReport() {
    }

    public static String write(Report r) {
        StringBuilder out = new StringBuilder();
        out.append(r.scenario()).append('\n').append("Profile: ").append(r.profile().displayName()).append("\n");
        section(out, "Mail flows", r.flows().isEmpty() ? List.of() : flowRows(r.flows()), null);
        section(out, "IP safelist", safelistRows(r.safelist()),
                new String[] {"IP address", "Type of server", "Purpose", "Add to IP safelist", "List"});
        section(out, "Connectors", connectorRows(r.connectors()), null);
        section(out, "DNS records", dnsRows(r.dns()), new String[] {"Name", "Type", "Priority", "Value"});
        section(out, "Findings", findingRows(r.findings()), null);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String[]> rows, String[] header) {
        out.append('\n').append(title).append('\n').append("-".repeat(title.length())).append('\n');
        if (rows.isEmpty()) {
            out.append("(none)\n");
            return;
        }
        List<String[]> all = new ArrayList<>();
        if (header != null) {
            all.add(header);
        }
        all.addAll(rows);
        out.append(TextTable.render(all, header != null));
    }

    private static List<String[]> flowRows(List<Flow> flows) {
        return flows.stream().map(f -> new String[] {f.kind().id(), f.domain(), String.join(" -> ", f.path())})
                .toList();
    }

    private static List<String[]> safelistRows(List<SafelistEntry> entries) {
        return entries.stream().map(e -> new String[] {e.address(), e.serverType(), e.purpose(),
                e.add() ? "Yes" : "No", e.list() == null ? "-" : e.list().displayName()}).toList();
    }

    private static List<String[]> connectorRows(List<Connector> connectors) {
        List<String[]> rows = new ArrayList<>();
        for (Connector c : connectors) {
            String detail;
            if (c instanceof InboundConnector in) {
                detail = "identify by " + in.identifyBy()
                        + (in.certificate() != null ? " " + in.certificate() : "")
                        + (in.senderIpAddresses().isEmpty() ? "" : " " + String.join(", ", in.senderIpAddresses()))
                        + (in.enhancedFiltering() ? "; Enhanced Filtering on" : "");
            } else {
                OutboundConnector out = (OutboundConnector) c;
                detail = "smart hosts " + String.join(", ", out.smartHosts()) + "; recipients "
                        + String.join(", ", out.recipientDomains())
                        + (out.routeAllViaOnPremises() ? "; all Internet mail" : "");
            }
            rows.add(new String[] {c.direction(), c.type(), c.name(), detail});
        }
        return rows;
    }

    private static List<String[]> dnsRows(List<DnsRecord> records) {
        return records.stream().map(d -> new String[] {d.name(), d.type(),
                d.priority() == null ? "" : d.priority().toString(), d.value() + (d.verify() ? " (verify)" : "")})
                .toList();
    }

    private static List<String[]> findingRows(List<Finding> findings) {
        List<String[]> rows = new ArrayList<>();
        for (Finding f : findings) {
            String where = String.join(", ", f.nodes()) + (f.domain() == null ? "" : " [" + f.domain() + "]");
            rows.add(new String[] {f.severity().id().toUpperCase(java.util.Locale.ROOT), f.code(), where});
            rows.add(new String[] {"", f.message(), ""});
        }
        return rows;
    }
}
