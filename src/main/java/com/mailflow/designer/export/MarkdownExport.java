package com.mailflow.designer.export;

import com.mailflow.designer.AppVersion;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.HandoutDetails;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** GitHub-flavoured Markdown for wikis and tickets: the handout's tables, no diagram; the logo beside it. */
final class MarkdownExport implements Exporter {
    @Override
    public byte[] export(Scenario scenario, Report report, ExportOptions options) {
        return render(scenario, report, options).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the handout to {@code out} and, when the scenario has a logo, the logo beside it as
     * {@code <stem>-logo.png}, linked from the cover by that relative name (a Markdown file can't
     * hold an image, and a wiki or repository shows a linked one). Each file is written atomically.
     */
    static void write(Scenario scenario, Report report, Path out, ExportOptions options) throws IOException {
        byte[] logo = HandoutDetails.of(scenario).logo();
        String link = null;
        if (logo != null) {
            Path logoFile = out.resolveSibling(logoName(out));
            AtomicFiles.write(logoFile, logo);
            link = logoFile.getFileName().toString();
        }
        AtomicFiles.write(out, render(scenario, report, options, link).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code handout.md} -> {@code handout-logo.png}. */
    static String logoName(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-logo.png";
    }

    /** The handout without a logo: the bytes alone have nowhere to put one (standard output). */
    static String render(Scenario scenario, Report report, ExportOptions options) {
        return render(scenario, report, options, null);
    }

    /** @param logoLink the logo's file name relative to the handout, or null for none */
    static String render(Scenario scenario, Report report, ExportOptions options, String logoLink) {
        StringBuilder out = new StringBuilder();
        if (logoLink != null) {
            String customer = HandoutDetails.of(scenario).customer();
            out.append("![").append(MarkdownText.inline(customer == null ? "Logo" : "Logo of " + customer, false))
                    .append("](").append(linkTarget(logoLink)).append(")\n\n");
        }
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

    /** A relative link with every character outside the URL-safe ones percent-encoded (spaces, brackets). */
    static String linkTarget(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
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
