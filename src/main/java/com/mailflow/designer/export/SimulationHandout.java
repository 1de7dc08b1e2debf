package com.mailflow.designer.export;

import com.mailflow.designer.export.diagram.Diagram;
import com.mailflow.designer.export.diagram.DiagramBuilder;
import com.mailflow.designer.export.diagram.NodeBox;
import com.mailflow.designer.export.diagram.SvgCanvas;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.simulation.Hop;
import com.mailflow.designer.simulation.Simulation;
import com.mailflow.designer.simulation.Step;
import java.util.Locale;
import java.util.Optional;
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
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        String title = "A message from " + s.from() + " to " + s.to();
        out.append("<title>").append(Encode.forHtml(title)).append("</title>\n<style>")
                .append("body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;max-width:60em;margin:2em auto;color:#1f2937}")
                .append("svg{max-width:100%;height:auto;border:1px solid #cfd8dc}li{margin:.4em 0}")
                .append(".pass{color:#1e6b34}.warn{color:#8a5a00}.fail{color:#8b0000;font-weight:bold}.note{color:#37474f}")
                .append(".source{font-size:.85em;color:#5f6b7a}</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Encode.forHtml(title)).append("</h1>\n<p>").append(Encode.forHtml(scenario.name()))
                .append(s.senderDomain() == null ? "" : " \u00b7 sent as " + Encode.forHtml(s.senderDomain()))
                .append("</p>\n");
        int n = 1;
        for (Hop hop : s.hops()) {
            out.append("<h2>Hop ").append(n++).append(": ").append(Encode.forHtml(hop.from()));
            if (!hop.from().equals(hop.to())) {
                out.append(" \u2192 ").append(Encode.forHtml(hop.to()));
            }
            out.append("</h2>\n").append(withHop(SvgCanvas.element(diagram, scenario.name()), diagram, hop)).append("<ol>\n");
            for (Step step : hop.steps()) {
                out.append("<li class=\"").append(step.verdict().id()).append("\">").append(Encode.forHtml(step.text()));
                if (step.ndr() != null) {
                    out.append("<br><code>").append(Encode.forHtml(step.ndr().toString())).append("</code>");
                }
                out.append("<br><span class=\"source\">").append(Encode.forHtml(step.source().title())).append(" (")
                        .append(Encode.forHtml(step.source().where())).append(")</span></li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("<p><strong>").append(s.delivered() ? "Delivered." : "Not delivered: "
                + Encode.forHtml(s.failure().map(f -> String.valueOf(f.ndr())).orElse(""))).append("</strong></p>\n");
        out.append("<footer>").append(Encode.forHtml(com.mailflow.designer.AppVersion.producedBy())).append("</footer>\n");
        return out.append("</body>\n</html>\n").toString();
    }

    /** The hop over the diagram: a thick line between the two boxes and the envelope where the message is. */
    private static String withHop(String svg, Diagram diagram, Hop hop) {
        Optional<NodeBox> from = box(diagram, hop.from());
        Optional<NodeBox> to = box(diagram, hop.to());
        if (from.isEmpty() || to.isEmpty()) {
            return svg;
        }
        String color = hop.fails() ? "#c62828" : "#2e7d32";
        double x1 = from.get().centerX();
        double y1 = from.get().centerY();
        double x2 = to.get().centerX();
        double y2 = to.get().centerY();
        double ex = hop.fails() ? (x1 + x2) / 2 : x2;
        double ey = hop.fails() ? (y1 + y2) / 2 : y2;
        String overlay = "<g class=\"hop\">\n"
                + String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-width=\"5\" stroke-opacity=\"0.8\"/>\n", x1, y1, x2, y2, color)
                + String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"28\" height=\"20\" fill=\"#fffbe6\""
                + " stroke=\"%s\" stroke-width=\"2\"/>\n", ex - 14, ey - 10, color)
                + String.format(Locale.ROOT, "<polyline points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\""
                + " stroke=\"%s\" stroke-width=\"2\"/>\n", ex - 14, ey - 10, ex, ey + 2, ex + 14, ey - 10, color)
                + "</g>\n";
        int end = svg.lastIndexOf("</svg>");
        return svg.substring(0, end) + overlay + svg.substring(end);
    }

    private static Optional<NodeBox> box(Diagram diagram, String id) {
        return diagram.nodes().stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
