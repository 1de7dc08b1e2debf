package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.RealizedBy;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.SafelistList;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfHandoutTest {
    private static final String LONG_WORD = "x".repeat(300);

    private static byte[] pdf(Scenario s, Report r) throws IOException {
        return Exports.render(ExportFormat.PDF, s, r, ExportFixtures.OPTIONS);
    }

    /** A report whose safelist runs over several pages, with cells far too long for their column. */
    private static Report longReport() {
        Report base = ExportFixtures.report();
        List<SafelistEntry> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            rows.add(new SafelistEntry("gw", "131.107." + (i / 250) + "." + (i % 250), "Gateway",
                    i == 7 ? LONG_WORD : "Relays mail of application " + i, true, SafelistList.INTERNAL_SERVERS,
                    RealizedBy.CONNECTOR_IP, false, List.of(), "r"));
        }
        return new Report(base.scenario(), base.profile(), base.flows(), rows, base.connectors(), base.dns(),
                base.findings(), List.of());
    }

    @Test
    void noTextRunsOffAPage() throws IOException {
        Scenario s = ExportFixtures.scenario().withName("Name " + LONG_WORD).withDescription(LONG_WORD + " " + LONG_WORD);
        try (PDDocument doc = Loader.loadPDF(pdf(s, longReport()))) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    PDPage page = getCurrentPage();
                    float width = page.getMediaBox().getWidth();
                    float height = page.getMediaBox().getHeight();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > width - 40
                                || p.getYDirAdj() < 0 || p.getYDirAdj() > height - 30) {
                            outside.add(text);
                            return;
                        }
                    }
                }
            };
            stripper.getText(doc);
            assertTrue(outside.isEmpty(), "text outside the page: " + outside);
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(ExportFixtures.scenario(), longReport()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithRows = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                if (text.contains("Relays mail of application")) {
                    pagesWithRows++;
                    assertTrue(text.contains("IP address") && text.contains("Purpose") && text.contains("safelist"),
                            "header on page " + page);
                }
            }
            assertTrue(pagesWithRows >= 3, "the table spans pages: " + pagesWithRows);
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(ExportFixtures.scenario(), ExportFixtures.report()))) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void titlePageHasNameDescriptionDateAndProfile() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(ExportFixtures.scenario(), ExportFixtures.report()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String title = stripper.getText(doc);
            assertTrue(title.contains("Shared address space"));
            assertTrue(title.contains("Training scenario from the seed document."));
            assertTrue(title.contains("Date: 2026-01-15"));
            assertTrue(title.contains("Profile: Exchange Online"));
            assertTrue(title.contains("Page 1 of " + doc.getNumberOfPages()));
        }
    }

    @Test
    void diagramPageIsLandscapeWhenTheDiagramIsWiderThanTall() throws IOException {
        List<Node> row = new ArrayList<>();
        Map<String, Position> wide = new java.util.HashMap<>();
        Map<String, Position> tall = new java.util.HashMap<>();
        for (int i = 0; i < 6; i++) {
            row.add(Node.of("n" + i, NodeKind.GATEWAY, "Gateway " + i));
            wide.put("n" + i, new Position(i * 250, 0));
            tall.put("n" + i, new Position(0, i * 120));
        }
        Scenario s = Scenario.empty("t").withNodes(row);
        PDPage wideDiagram = diagramPage(pdf(s.withLayout(wide), ExportFixtures.report()));
        PDPage tallDiagram = diagramPage(pdf(s.withLayout(tall), ExportFixtures.report()));
        assertTrue(wideDiagram.getMediaBox().getWidth() > wideDiagram.getMediaBox().getHeight());
        assertTrue(tallDiagram.getMediaBox().getWidth() < tallDiagram.getMediaBox().getHeight());
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksInsteadOfFailing() throws IOException {
        Scenario s = ExportFixtures.scenario().withName("Mail \uD83D\uDCE7 \u90AE\u4EF6 server");
        String text = ExportText.pdfText(pdf(s, ExportFixtures.report()));
        assertTrue(text.contains("Mail ? ?? server"), text);
    }

    private static PDPage diagramPage(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Diagram", new PDFTextStripper() {
                {
                    setStartPage(2);
                    setEndPage(2);
                }
            }.getText(doc).lines().findFirst().orElseThrow());
            return doc.getPage(1);
        }
    }
}
