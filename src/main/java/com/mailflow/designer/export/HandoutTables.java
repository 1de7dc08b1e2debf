package com.mailflow.designer.export;

import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.export.diagram.BoxText;
import com.mailflow.designer.model.Scenario;
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
    static final List<String> SAFELIST_HEADERS = ResultColumns.headers(ResultColumns.safelist());

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
        return table("flows", "Mail flows", ResultColumns.flows(), report.flows());
    }

    /** The seed's table: IP address, type of server, purpose, add to IP safelist (and which list). */
    public Table safelist() {
        return table("safelist", "IP safelist", ResultColumns.safelist(), report.safelist());
    }

    /** What to do with the address: the service's setting, and the /24 blocks a wide range is entered as. */
    public static String how(SafelistEntry e) {
        String action = e.realizedBy().action();
        return e.entries().size() > 1 ? action + " (as " + e.entries().size() + " /24 blocks: "
                + e.entries().get(0) + " to " + e.entries().get(e.entries().size() - 1) + ")" : action;
    }

    public Table connectors() {
        return table("connectors", "Connectors", ResultColumns.connectors(), report.connectors());
    }

    /** All DNS records in one table, with the domain as the first column (CSV). */
    public Table dns() {
        return table("dns", "DNS records", ResultColumns.dns(), report.dns());
    }

    /** One table per domain, in the report's order (handouts): the domain is the title, not a column. */
    public List<Table> dnsByDomain() {
        List<Column<DnsRecord>> columns = withoutFirst(ResultColumns.dns());
        Map<String, List<DnsRecord>> byDomain = new LinkedHashMap<>();
        for (DnsRecord d : report.dns()) {
            byDomain.computeIfAbsent(d.domain(), k -> new ArrayList<>()).add(d);
        }
        List<Table> tables = new ArrayList<>();
        byDomain.forEach((domain, records) -> tables.add(table("dns-" + domain, domain, columns, records)));
        return tables;
    }

    /** All findings in one table, with the severity as the first column (CSV). */
    public Table findings() {
        return table("findings", "Findings", ResultColumns.findings(), report.findings());
    }

    /** One table per severity that has findings, worst first (handouts): the severity is the title. */
    public List<Table> findingsBySeverity() {
        List<Column<Finding>> columns = withoutFirst(ResultColumns.findings());
        List<Table> tables = new ArrayList<>();
        for (Severity s : Severity.values()) {
            List<Finding> rows = report.findings().stream().filter(f -> f.severity() == s).toList();
            if (!rows.isEmpty()) {
                tables.add(table("findings-" + s.id(), severityTitle(s) + " (" + rows.size() + ")", columns, rows));
            }
        }
        return tables;
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

    private <T> Table table(String id, String title, List<Column<T>> columns, List<T> items) {
        List<List<String>> rows = items.stream().map(item -> ResultColumns.row(columns, item, names)).toList();
        return new Table(id, title, ResultColumns.headers(columns), rows);
    }

    private static <T> List<Column<T>> withoutFirst(List<Column<T>> columns) {
        return columns.subList(1, columns.size());
    }
}
