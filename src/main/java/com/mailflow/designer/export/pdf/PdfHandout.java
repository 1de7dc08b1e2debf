package com.mailflow.designer.export.pdf;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.export.ExportOptions;
import com.mailflow.designer.export.HandoutPart;
import com.mailflow.designer.export.HandoutSection;
import com.mailflow.designer.export.Table;
import com.mailflow.designer.export.diagram.Diagram;
import com.mailflow.designer.export.diagram.DiagramBuilder;
import com.mailflow.designer.export.CoverFacts;
import com.mailflow.designer.export.diagram.NodeMarks;
import com.mailflow.designer.model.HandoutDetails;
import com.mailflow.designer.export.diagram.DiagramPainter;
import com.mailflow.designer.model.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * The PDF handout: a title page, the diagram as vector graphics scaled to fit its page
 * (landscape when it is wider than tall), then the report's tables, fonts embedded.
 */
public final class PdfHandout {
    private PdfHandout() {
    }

    public static byte[] render(Scenario scenario, Report report, ExportOptions options) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc)) {
            info(doc, scenario, options);
            PdfPages pages = new PdfPages(doc, fonts,
                    scenario.name() + " \u00b7 " + com.mailflow.designer.AppVersion.productAndVersion());
            titlePage(pages, scenario, report, options);
            for (HandoutPart part : HandoutPart.of(scenario, report, options)) {
                if (part.diagram() != null) {
                    diagramPage(pages, part.diagram(), part.marks(), part.heading() == null ? "Diagram" : part.heading());
                }
                pages.newPage(false);
                if (part.heading() != null && part.diagram() == null) {
                    pages.heading(part.heading(), 17, 40);
                }
                sections(pages, part.sections());
            }
            pages.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void sections(PdfPages pages, List<HandoutSection> sections) throws IOException {
        boolean first = true;
        for (HandoutSection section : sections) {
            if (!first) {
                pages.moveTo(pages.y() - 6);
            }
            first = false;
            pages.heading(section.title(), 15, 40);
            if (section.isEmpty()) {
                pages.paragraph(section.whenEmpty(), 10, false, 6);
                continue;
            }
            for (Table table : section.tables()) {
                if (section.subheadings()) {
                    pages.heading(table.title(), 11.5f, 40);
                }
                PdfTable.draw(pages, table);
            }
        }
    }

    private static void info(PDDocument doc, Scenario scenario, ExportOptions options) throws IOException {
        // A fixed file identifier (instead of PDFBox's time-based one) makes the same handout byte-identical.
        byte[] id = digest(scenario.name() + "\n" + options.date());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(scenario.name());
        info.setCreator(com.mailflow.designer.AppVersion.productAndVersion());
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(options.date().getYear(), options.date().getMonthValue() - 1, options.date().getDayOfMonth());
        info.setCreationDate(date);
    }

    private static byte[] digest(String text) throws IOException {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("MD5 is missing from this Java runtime", e);
        }
    }

    private static void titlePage(PdfPages pages, Scenario scenario, Report report, ExportOptions options)
            throws IOException {
        pages.newPage(false);
        pages.moveTo(pages.top() - 120);
        PdfLogo.draw(pages, HandoutDetails.of(scenario).logo());
        pages.paragraph(scenario.name(), 24, true, 18);
        if (scenario.descriptionText().isPresent()) {
            pages.paragraph(scenario.descriptionText().get(), 11, false, 18);
        }
        var facts = new java.util.ArrayList<>(CoverFacts.of(scenario, report, options).entrySet());
        for (int i = 0; i < facts.size(); i++) {
            pages.paragraph(facts.get(i).getKey() + ": " + facts.get(i).getValue(), 11, false,
                    i == facts.size() - 1 ? 18 : 2);
        }
        pages.paragraph(summary(scenario, report), 10, false, 2);
    }

    private static String summary(Scenario scenario, Report report) {
        StringBuilder s = new StringBuilder();
        s.append(scenario.nodes().size()).append(" nodes, ").append(scenario.links().size()).append(" links, ")
                .append(report.flows().size()).append(" mail flows. Findings:");
        for (Severity severity : Severity.values()) {
            long count = report.findings().stream().filter(f -> f.severity() == severity).count();
            s.append(' ').append(count).append(' ').append(severity.id()).append(count == 1 ? "" : "s")
                    .append(severity == Severity.INFO ? "." : ",");
        }
        return s.toString().replace("infos", "info");
    }

    /** The diagram drawn in diagram units under a transform that scales it to the page and flips y. */
    private static void diagramPage(PdfPages pages, Scenario scenario, NodeMarks marks, String title)
            throws IOException {
        Diagram diagram = DiagramBuilder.build(scenario, marks, pages.fonts()::measure);
        pages.newPage(diagram.width() > diagram.height());
        pages.heading(title, 15, 0);
        float availableWidth = pages.width();
        float availableHeight = pages.spaceLeft();
        // The diagram uses its page: scaled to fill it (up to three times, so a two-box drawing stays sane).
        double scale = Math.min(3, Math.min(availableWidth / diagram.width(), availableHeight / diagram.height()));
        float drawnWidth = (float) (diagram.width() * scale);
        float left = pages.left() + (availableWidth - drawnWidth) / 2;
        float top = pages.y();
        PDPageContentStream cs = pages.content();
        cs.saveGraphicsState();
        cs.transform(new Matrix((float) scale, 0, 0, (float) -scale, left, top));
        DiagramPainter.paint(diagram, new PdfCanvas(cs, pages.fonts()));
        cs.restoreGraphicsState();
        pages.forgetTextState();
    }
}
