package com.mailflow.designer.export.pdf;

import com.mailflow.designer.export.text.TextWrap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Flowing content down A4 pages: a cursor, a new page when the next block does not fit, and
 * page numbers added at the end ("page 3 of 9"). Text is always wrapped to the text width.
 */
final class PdfPages {
    static final float MARGIN = 50;
    static final float FOOTER = 28;
    private final PDDocument doc;
    private final PdfFonts fonts;
    private final String footerTitle;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    private Boolean fontBold;
    private float fontSize;
    private boolean textColour;

    PdfPages(PDDocument doc, PdfFonts fonts, String footerTitle) {
        this.doc = doc;
        this.fonts = fonts;
        this.footerTitle = footerTitle;
    }

    PdfFonts fonts() {
        return fonts;
    }

    PDDocument document() {
        return doc;
    }

    PDPageContentStream content() {
        return cs;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    float top() {
        return page.getMediaBox().getHeight() - MARGIN;
    }

    float bottom() {
        return MARGIN + FOOTER;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    float spaceLeft() {
        return y - bottom();
    }

    void newPage(boolean landscape) throws IOException {
        closePage();
        PDRectangle a4 = PDRectangle.A4;
        page = new PDPage(landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = top();
        fontBold = null;
        textColour = false;
    }

    /** Starts a new page when fewer than {@code needed} points are left on this one. */
    void ensureSpace(float needed) throws IOException {
        if (page == null || spaceLeft() < needed) {
            newPage(false);
        }
    }

    /** Wrapped text in one font and size, flowing onto further pages when needed. */
    void paragraph(String text, float size, boolean bold, float spaceAfter) throws IOException {
        float lineHeight = size * 1.3f;
        List<String> lines = TextWrap.wrap(text, width(), fonts.measure(size, bold));
        for (String line : lines) {
            ensureSpace(lineHeight);
            y -= lineHeight;
            text(line, left(), y + size * 0.25f, size, bold);
        }
        y -= spaceAfter;
    }

    /** A heading that never sits alone at the bottom of a page. */
    void heading(String text, float size, float keepWithNext) throws IOException {
        ensureSpace(size * 1.6f + keepWithNext);
        y -= size * 0.6f;
        paragraph(text, size, true, size * 0.4f);
    }

    void text(String text, float x, float baseline, float size, boolean bold) throws IOException {
        cs.beginText();
        // Font and colour stay set after the text object ends: only write them when they change.
        if (fontBold == null || fontBold != bold || fontSize != size) {
            cs.setFont(fonts.font(bold), size);
            fontBold = bold;
            fontSize = size;
        }
        if (!textColour) {
            cs.setNonStrokingColor(0.13f, 0.13f, 0.13f);
            textColour = true;
        }
        cs.newLineAtOffset(x, baseline);
        cs.showText(fonts.printable(text, bold));
        cs.endText();
    }

    /** A filled grey rectangle (table header band); the fill colour is then no longer the text colour. */
    void fillRect(float x, float y, float w, float h, float grey) throws IOException {
        cs.setNonStrokingColor(grey, grey, grey);
        cs.addRect(x, y, w, h);
        cs.fill();
        textColour = false;
    }

    /** The content stream was changed outside this class (the diagram): set font and colour again. */
    void forgetTextState() {
        fontBold = null;
        textColour = false;
    }

    /** Closes the last page and writes "title, page n of m" at the foot of every page. */
    void finish() throws IOException {
        closePage();
        int total = doc.getNumberOfPages();
        List<PDPage> pages = new ArrayList<>();
        doc.getPages().forEach(pages::add);
        float size = 8;
        for (int i = 0; i < total; i++) {
            PDPage p = pages.get(i);
            try (PDPageContentStream foot = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String number = "Page " + (i + 1) + " of " + total;
                float pageWidth = p.getMediaBox().getWidth();
                float numberWidth = (float) fonts.width(number, size, false);
                String title = TextWrap.ellipsize(footerTitle, pageWidth - 2 * MARGIN - numberWidth - 20,
                        fonts.measure(size, false));
                foot.beginText();
                foot.setFont(fonts.font(false), size);
                foot.setNonStrokingColor(0.4f, 0.4f, 0.4f);
                foot.newLineAtOffset(MARGIN, MARGIN);
                foot.showText(fonts.printable(title, false));
                foot.newLineAtOffset(pageWidth - 2 * MARGIN - numberWidth, 0);
                foot.showText(number);
                foot.endText();
            }
        }
    }

    private void closePage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
