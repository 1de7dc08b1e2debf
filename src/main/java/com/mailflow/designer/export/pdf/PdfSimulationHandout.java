package com.mailflow.designer.export.pdf;

import com.mailflow.designer.AppVersion;
import com.mailflow.designer.export.ExportOptions;
import com.mailflow.designer.export.HopWording;
import com.mailflow.designer.export.diagram.Diagram;
import com.mailflow.designer.export.diagram.DiagramBuilder;
import com.mailflow.designer.export.diagram.HopOverlay;
import com.mailflow.designer.export.diagram.NodeMarks;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.simulation.Hop;
import com.mailflow.designer.simulation.Simulation;
import com.mailflow.designer.simulation.Step;
import com.mailflow.designer.simulation.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A simulation as a step-by-step PDF for trainees: a page per hop, the design's diagram with the
 * hop drawn over it in the upper half, the hop's decisions with their sources below.
 */
public final class PdfSimulationHandout {
    /** The diagram's share of a hop page: the rest is for the narrative. */
    private static final float DIAGRAM_SHARE = 0.5f;

    private PdfSimulationHandout() {
    }

    public static byte[] render(Scenario scenario, Simulation s, ExportOptions options) throws IOException {
        HopWording words = new HopWording(scenario);
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc)) {
            PdfHandout.info(doc, words.title(s), options);
            PdfPages pages = new PdfPages(doc, fonts, words.title(s) + " \u00b7 " + AppVersion.productAndVersion());
            Diagram diagram = DiagramBuilder.build(scenario, NodeMarks.NONE, fonts::measure);
            int n = 1;
            for (Hop hop : s.hops()) {
                pages.newPage(diagram.width() > diagram.height());
                if (n == 1) {
                    pages.heading(words.title(s), 17, 0);
                    pages.paragraph(words.subtitle(s), 10, false, 8);
                }
                pages.heading(words.hop(n++, hop), 14, 0);
                PdfDiagram.draw(pages, diagram, pages.spaceLeft() * DIAGRAM_SHARE,
                        canvas -> HopOverlay.paint(diagram, hop.from(), hop.to(), hop.fails(), canvas));
                pages.moveTo(pages.y() - 12);
                for (Step step : hop.steps()) {
                    pages.paragraph("[" + step.verdict().id() + "] " + step.text(), 10, step.verdict() == Verdict.FAIL, 2);
                    if (step.ndr() != null) {
                        pages.paragraph("NDR: " + step.ndr(), 10, true, 2);
                    }
                    pages.paragraph("Source: " + HopWording.source(step), 8, false, 6);
                }
            }
            pages.paragraph(HopWording.result(s), 12, true, 0);
            pages.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
