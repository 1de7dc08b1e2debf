package com.mailflow.designer.export;

import com.mailflow.designer.AppVersion;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** GitHub-flavoured Markdown for wikis and tickets: the handout's tables, no diagram. */
final class MarkdownExport implements Exporter {
    @Override
    public byte[] export(Scenario scenario, Report report, ExportOptions options) {
        return render(scenario, report, options).getBytes(StandardCharsets.UTF_8);
    }

    static String render(Scenario scenario, Report report, ExportOptions options) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(MarkdownText.line(scenario.name())).append("\n\n");
        scenario.descriptionText().ifPresent(d -> {
            for (String line : d.split("\r?\n")) {
                out.append(MarkdownText.line(line)).append('\n');
            }
            out.append('\n');
        });
        CoverFacts.of(scenario, report, options).forEach((label, value) -> out.append("- ").append(label)
                .append(": ").append(MarkdownText.inline(value, false)).append('\n'));
        out.append('\n');
        out.append("The diagram is not part of this Markdown file: export it with `--format svg` or `--format png`.\n");
        for (HandoutPart part : HandoutPart.of(scenario, report, options)) {
            String level = "##";
            if (part.heading() != null) {
                out.append("\n## ").append(MarkdownText.inline(part.heading(), false)).append('\n');
                level = "###";
            }
            sections(out, part.sections(), level);
        }
        return out.toString().stripTrailing() + "\n\n_" + AppVersion.producedBy() + "_\n";
    }

    private static void sections(StringBuilder out, List<HandoutSection> sections, String level) {
        for (HandoutSection section : sections) {
            out.append("\n").append(level).append(' ').append(MarkdownText.inline(section.title(), false)).append("\n\n");
            if (section.isEmpty()) {
                out.append(section.whenEmpty()).append('\n');
                continue;
            }
            for (Table table : section.tables()) {
                if (section.subheadings()) {
                    out.append(level).append("# ").append(MarkdownText.inline(table.title(), false)).append("\n\n");
                }
                table(out, table);
                if (section.subheadings()) {
                    out.append('\n');
                }
            }
        }
    }

    /** A GitHub table; a cell's lines are kept apart with {@code <br>}. */
    static void table(StringBuilder out, Table table) {
        row(out, table.headers());
        out.append('|').append("---|".repeat(table.headers().size())).append('\n');
        table.rows().forEach(r -> row(out, r));
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(MarkdownText.inline(cell, true)).append(" |");
        }
        out.append('\n');
    }
}
