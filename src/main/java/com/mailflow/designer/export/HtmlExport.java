package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.export.diagram.DiagramBuilder;
import com.mailflow.designer.export.diagram.SvgCanvas;
import com.mailflow.designer.model.Scenario;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.owasp.encoder.Encode;

/**
 * One self-contained HTML file: inline SVG diagram, a print stylesheet, no script. The
 * Content-Security-Policy allows nothing but this page's own stylesheet (by its hash), so even
 * markup that slipped through escaping could not load or run anything.
 */
final class HtmlExport implements Exporter {
    static final String STYLE = """
            body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;margin:2em auto;max-width:60em;color:#212121;\
            line-height:1.4}
            img.logo{max-height:60px;max-width:160px}h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #b0bec5;margin-top:1.6em}
            h3{font-size:1.05em}
            dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.facts dt{font-weight:bold}
            dl.facts dd{margin:0}
            table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.9em}
            th,td{border:1px solid #cfd8dc;padding:.3em .5em;text-align:left;vertical-align:top;\
            overflow-wrap:anywhere}
            th{background:#eceff1}
            .diagram svg{max-width:100%;height:auto;border:1px solid #eceff1}
            footer{margin-top:2em;color:#757575;font-size:.85em}
            @media print{body{margin:0;max-width:none;font-size:10pt}thead{display:table-header-group}\
            tr,.diagram{break-inside:avoid}h2,h3{break-after:avoid}}
            """;

    @Override
    public byte[] export(Scenario scenario, Report report, ExportOptions options) {
        return render(scenario, report, options).getBytes(StandardCharsets.UTF_8);
    }

    static String render(Scenario scenario, Report report, ExportOptions options) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(styleHash()).append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Encode.forHtml(scenario.name())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Encode.forHtml(scenario.name())).append("</h1>\n");
        scenario.descriptionText().ifPresent(d -> out.append("<p>").append(lines(d)).append("</p>\n"));
        byte[] logo = com.mailflow.designer.model.HandoutDetails.of(scenario).logo();
        if (logo != null) {
            out.append("<p><img class=\"logo\" alt=\"Logo\" src=\"data:image/png;base64,")
                    .append(java.util.Base64.getEncoder().encodeToString(logo)).append("\"></p>\n");
        }
        out.append("<dl class=\"facts\">\n");
        CoverFacts.of(scenario, report, options).forEach((label, value) -> fact(out, label, value));
        out.append("</dl>\n");
        for (HandoutPart part : HandoutPart.of(scenario, report, options)) {
            int level = 2;
            if (part.heading() != null) {
                out.append("<h2>").append(Encode.forHtml(part.heading())).append("</h2>\n");
                level = 3;
            }
            if (part.diagram() != null) {
                out.append("<h").append(level).append(">Diagram</h").append(level).append(">\n<div class=\"diagram\">\n")
                        .append(SvgCanvas.element(DiagramBuilder.build(part.diagram(), part.marks()),
                                part.diagram().name()))
                        .append("</div>\n");
            }
            sections(out, part.sections(), level);
        }
        out.append("<footer>").append(Encode.forHtml(com.mailflow.designer.AppVersion.producedBy())).append("</footer>\n");
        return out.append("</body>\n</html>\n").toString();
    }

    private static void sections(StringBuilder out, List<HandoutSection> sections, int level) {
        for (HandoutSection section : sections) {
            out.append("<h").append(level).append('>').append(Encode.forHtml(section.title())).append("</h").append(level)
                    .append(">\n");
            if (section.isEmpty()) {
                out.append("<p>").append(Encode.forHtml(section.whenEmpty())).append("</p>\n");
                continue;
            }
            for (Table table : section.tables()) {
                if (section.subheadings()) {
                    out.append("<h").append(level + 1).append('>').append(Encode.forHtml(table.title())).append("</h")
                            .append(level + 1).append(">\n");
                }
                table(out, table);
            }
        }
    }

    private static void fact(StringBuilder out, String term, String value) {
        out.append("<dt>").append(Encode.forHtml(term)).append("</dt><dd>").append(Encode.forHtml(value))
                .append("</dd>\n");
    }

    private static void table(StringBuilder out, Table table) {
        out.append("<table>\n<thead><tr>");
        table.headers().forEach(h -> out.append("<th>").append(Encode.forHtml(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(lines(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Escaped text whose line breaks become {@code <br>}. */
    private static String lines(String text) {
        return Arrays.stream(text.split("\r?\n", -1)).map(Encode::forHtml).collect(Collectors.joining("<br>"));
    }

    /** CSP source for the stylesheet above: only this exact text may style the page. */
    static String styleHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(STYLE.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
