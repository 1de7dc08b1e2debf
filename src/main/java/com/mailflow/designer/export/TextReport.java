package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.export.text.TerminalText;
import com.mailflow.designer.routing.Flow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A summary a consultant reads in a terminal: flows, the seed's safelist table, connectors, DNS,
 * findings. Every text from the scenario goes through {@link TerminalText}: no raw control characters.
 */
public final class TextReport {
    private TextReport() {
    }

    public static String write(Report r) {
        StringBuilder out = new StringBuilder();
        out.append(TerminalText.escape(r.scenario())).append('\n').append("Profile: ").append(r.profile().displayName()).append("\n");
        section(out, "Mail flows", r.flows().isEmpty() ? List.of() : flowRows(r.flows()), null);
        section(out, "IP safelist", safelistRows(r.safelist()),
                HandoutTables.SAFELIST_HEADERS.toArray(String[]::new));
        section(out, "Connectors", connectorRows(r.connectors()), null);
        section(out, "DNS records", dnsRows(r.dns()), new String[] {"Name", "Type", "Priority", "Value"});
        out.append("\nFindings\n--------\n");
        if (r.findings().isEmpty()) {
            out.append("(none)\n");
        }
        for (Finding f : r.findings()) {
            out.append(f.severity().id().toUpperCase(Locale.ROOT)).append("  ").append(f.code())
                    .append(f.nodes().isEmpty() ? "" : "  " + TerminalText.escape(String.join(", ", f.nodes())))
                    .append(f.domain() == null ? "" : (f.nodes().isEmpty() ? "  [" : " [")
                            + TerminalText.escape(f.domain()) + "]")
                    .append('\n').append(wrap(TerminalText.escape(f.message()), 96, "    ")).append('\n');
        }
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
                e.add() ? "Yes" : "No", e.list() == null ? "-" : e.list().displayName(), HandoutTables.how(e)})
                .toList();
    }

    private static List<String[]> connectorRows(List<Connector> connectors) {
        return connectors.stream().map(c -> new String[] {c.direction().id(), c.type().id(), c.name(),
                ConnectorSettings.oneLine(c)}).toList();
    }

    private static List<String[]> dnsRows(List<DnsRecord> records) {
        return records.stream().map(d -> new String[] {d.name(), d.type().name(),
                d.priority() == null ? "" : d.priority().toString(), d.value() + (d.verify() ? " (verify)" : "")})
                .toList();
    }

    /** Wraps at word boundaries so a message reads as a paragraph in an 100-column terminal. */
    static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder(indent);
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > 0 && column + 1 + word.length() > width) {
                out.append('\n').append(indent);
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
