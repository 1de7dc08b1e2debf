package com.mailflow.designer.export;

import com.mailflow.designer.AppVersion;
import com.mailflow.designer.export.diagram.Diagram;
import com.mailflow.designer.export.diagram.DiagramBuilder;
import com.mailflow.designer.export.diagram.HopOverlay;
import com.mailflow.designer.export.diagram.SvgCanvas;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.simulation.Hop;
import com.mailflow.designer.simulation.Simulation;
import com.mailflow.designer.simulation.Step;
import org.owasp.encoder.Encode;

/**
 * A simulation as a step-by-step HTML handout for trainees: per hop the design's diagram with that
 * hop drawn over it (green, or red where the message fails, the envelope where it stands) and the
 * hop's narrative with its sources. The diagram is the export's own (model + layout, no screenshot).
 */
public final class SimulationHandout {
    private SimulationHandout() {
    }

    public static String html(Scenario scenario, Simulation s) {
        Diagram diagram = DiagramBuilder.build(scenario);
        HopWording words = new HopWording(scenario);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        String title = words.title(s);
        out.append("<title>").append(Encode.forHtml(title)).append("</title>\n<style>")
                .append("body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;max-width:60em;margin:2em auto;color:#1f2937}")
                .append("svg{max-width:100%;height:auto;border:1px solid #cfd8dc}li{margin:.4em 0}")
                .append(".pass{color:#1e6b34}.warn{color:#8a5a00}.fail{color:#8b0000;font-weight:bold}.note{color:#37474f}")
                .append(".source{font-size:.85em;color:#5f6b7a}</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Encode.forHtml(title)).append("</h1>\n<p>").append(Encode.forHtml(words.subtitle(s)))
                .append("</p>\n");
        int n = 1;
        for (Hop hop : s.hops()) {
            out.append("<h2>").append(Encode.forHtml(words.hop(n++, hop))).append("</h2>\n")
                    .append(SvgCanvas.element(diagram, scenario.name(),
                            c -> HopOverlay.paint(diagram, hop.from(), hop.to(), hop.fails(), c)))
                    .append("<ol>\n");
            for (Step step : hop.steps()) {
                out.append("<li class=\"").append(step.verdict().id()).append("\">").append(Encode.forHtml(step.text()));
                if (step.ndr() != null) {
                    out.append("<br><code>").append(Encode.forHtml(step.ndr().toString())).append("</code>");
                }
                out.append("<br><span class=\"source\">").append(Encode.forHtml(HopWording.source(step)))
                        .append("</span></li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("<p><strong>").append(Encode.forHtml(HopWording.result(s))).append("</strong></p>\n");
        out.append("<footer>").append(Encode.forHtml(AppVersion.producedBy())).append("</footer>\n");
        return out.append("</body>\n</html>\n").toString();
    }

    /** The same in Markdown, without the diagrams (a Markdown file holds no drawing; see --format html or pdf). */
    public static String markdown(Scenario scenario, Simulation s) {
        HopWording words = new HopWording(scenario);
        StringBuilder out = new StringBuilder("# ").append(MarkdownText.inline(words.title(s), false)).append("\n\n")
                .append(MarkdownText.inline(words.subtitle(s), false)).append("\n");
        int n = 1;
        for (Hop hop : s.hops()) {
            out.append("\n## ").append(MarkdownText.inline(words.hop(n++, hop), false)).append("\n\n");
            int k = 1;
            for (Step step : hop.steps()) {
                out.append(k++).append(". **").append(step.verdict().id()).append("**: ")
                        .append(MarkdownText.inline(step.text(), false));
                if (step.ndr() != null) {
                    out.append(" `").append(step.ndr().toString().replace("`", "'")).append('`');
                }
                out.append("  \n   _").append(MarkdownText.inline(HopWording.source(step), false)).append("_\n");
            }
        }
        out.append("\n**").append(MarkdownText.inline(HopWording.result(s), false)).append("**\n\n_")
                .append(AppVersion.producedBy()).append("_\n");
        return out.toString();
    }
}
