package com.mailflow.designer.export;

import java.util.List;

/**
 * A titled part of a handout. With several tables each is shown under its own sub-heading
 * (the DNS records of one domain, the findings of one severity).
 *
 * @param whenEmpty what to print when there is no table row at all
 */
public record HandoutSection(String title, List<Table> tables, boolean subheadings, String whenEmpty) {
    public HandoutSection {
        tables = List.copyOf(tables);
    }

    public boolean isEmpty() {
        return tables.stream().allMatch(Table::isEmpty);
    }

    /** The handout's sections in order; PDF, HTML and Markdown all follow it. */
    public static List<HandoutSection> of(HandoutTables t) {
        return List.of(
                new HandoutSection("Nodes and notes", List.of(t.nodes()), false, "No nodes."),
                new HandoutSection("IP safelist", List.of(t.safelist()), false, "No address to list."),
                new HandoutSection("Connectors", List.of(t.connectors()), false, "No connector needed."),
                new HandoutSection("DNS records", t.dnsByDomain(), true, "No DNS record."),
                new HandoutSection("Findings", t.findingsBySeverity(), true, "No findings."),
                new HandoutSection("Mail flows", List.of(t.flows()), false, "No mail flow."));
    }
}
