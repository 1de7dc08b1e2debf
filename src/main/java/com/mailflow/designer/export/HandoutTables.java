package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.export.diagram.BoxText;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.routing.Flow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as tables, in the handout's order. PDF, HTML, Markdown and CSV all render these,
 * so a column added here shows up in every format at once.
 */
public final class HandoutTables {
    /** The seed's columns (000_68440aab94c74924.txt), plus which of its two lists. */
    static final List<String> SAFELIST_HEADERS =
            List.of("IP address", "Type of server", "Purpose", "Add to IP safelist", "List", "How");
    private static final List<String> DNS_HEADERS = List.of("Name", "Type", "Priority", "TTL", "Value", "Note");
    private static final List<String> FINDING_HEADERS = List.of("Code", "Nodes", "Domain", "Message");

    private final Scenario scenario;
    private final Report report;
    private final NodeNames names;

    public HandoutTables(Scenario scenario, Report report) {
        this.scenario = scenario;
        this.report = report;
        this.names = new NodeNames(scenario);
    }

    /** Every node by name with what identifies it and the consultant's notes on it. */
    public Table nodes() {
        List<List<String>> rows = new ArrayList<>();
        for (com.mailflow.designer.model.Node n : scenario.nodes()) {
            String detail = n.hostname().isPresent() || !n.addresses().isEmpty() ? BoxText.detail(n) : "";
            rows.add(List.of(n.name(), n.kind().displayName(), detail, n.notes().orElse("")));
        }
        return new Table("nodes", "Nodes and notes", List.of("Node", "Kind", "Host name or addresses", "Notes"), rows);
    }

    public Table flows() {
        List<List<String>> rows = new ArrayList<>();
        for (Flow f : report.flows()) {
            rows.add(List.of(f.kind().id(), f.domain(), names.names(f.path(), " \u2192 ")));
        }
        return new Table("flows", "Mail flows", List.of("Flow", "Domain", "Path"), rows);
    }

    /** The seed's table: IP address, type of server, purpose, add to IP safelist (and which list). */
    public Table safelist() {
        List<List<String>> rows = new ArrayList<>();
        for (SafelistEntry e : report.safelist()) {
            rows.add(List.of(e.address(), nullToEmpty(e.serverType()), nullToEmpty(e.purpose()),
                    e.add() ? "Yes" : "No", e.list() == null ? "" : e.list().displayName(), how(e)));
        }
        return new Table("safelist", "IP safelist", SAFELIST_HEADERS, rows);
    }

    /** What to do with the address: the service's setting, and the /24 blocks a wide range is entered as. */
    public static String how(SafelistEntry e) {
        String action = e.realizedBy().action();
        return e.entries().size() > 1 ? action + " (as " + e.entries().size() + " /24 blocks: "
                + e.entries().get(0) + " to " + e.entries().get(e.entries().size() - 1) + ")" : action;
    }

    public Table connectors() {
        List<List<String>> rows = new ArrayList<>();
        for (Connector c : report.connectors()) {
            rows.add(List.of(c.direction().id(), c.type().id(), c.name(), names.names(c.nodes(), ", "),
                    String.join("\n", ConnectorSettings.describe(c))));
        }
        return new Table("connectors", "Connectors", List.of("Direction", "Type", "Name", "Nodes", "Settings"), rows);
    }

    /** All DNS records in one table, with the domain as the first column (CSV). */
    public Table dns() {
        List<List<String>> rows = new ArrayList<>();
        for (DnsRecord d : report.dns()) {
            List<String> row = new ArrayList<>();
            row.add(d.domain());
            row.addAll(dnsRow(d));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of("Domain"));
        headers.addAll(DNS_HEADERS);
        return new Table("dns", "DNS records", headers, rows);
    }

    /** One table per domain, in the report's order (handouts). */
    public List<Table> dnsByDomain() {
        Map<String, List<List<String>>> byDomain = new LinkedHashMap<>();
        for (DnsRecord d : report.dns()) {
            byDomain.computeIfAbsent(d.domain(), k -> new ArrayList<>()).add(dnsRow(d));
        }
        List<Table> tables = new ArrayList<>();
        byDomain.forEach((domain, rows) -> tables.add(new Table("dns-" + domain, domain, DNS_HEADERS, rows)));
        return tables;
    }

    private static List<String> dnsRow(DnsRecord d) {
        String note = nullToEmpty(d.why()) + (d.verify() ? (d.why() == null ? "" : "\n") + DnsNotes.VERIFY : "");
        return List.of(d.name(), d.type().name(), d.priority() == null ? "" : d.priority().toString(),
                Integer.toString(d.ttl()), d.value(), note);
    }

    /** All findings in one table, with the severity as the first column (CSV). */
    public Table findings() {
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : report.findings()) {
            List<String> row = new ArrayList<>();
            row.add(f.severity().id());
            row.addAll(findingRow(f));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of("Severity"));
        headers.addAll(FINDING_HEADERS);
        return new Table("findings", "Findings", headers, rows);
    }

    /** One table per severity that has findings, worst first (handouts). */
    public List<Table> findingsBySeverity() {
        List<Table> tables = new ArrayList<>();
        for (Severity s : Severity.values()) {
            List<List<String>> rows = report.findings().stream().filter(f -> f.severity() == s)
                    .map(this::findingRow).toList();
            if (!rows.isEmpty()) {
                tables.add(new Table("findings-" + s.id(), severityTitle(s) + " (" + rows.size() + ")",
                        FINDING_HEADERS, rows));
            }
        }
        return tables;
    }

    private List<String> findingRow(Finding f) {
        return List.of(f.code(), names.names(f.nodes(), ", "), nullToEmpty(f.domain()), f.message());
    }

    /** The four flat tables of the CSV export, in its order. */
    public List<Table> flatTables() {
        return List.of(safelist(), connectors(), dns(), findings(), flows());
    }

    static String severityTitle(Severity s) {
        return switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Information";
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
