package com.mailflow.designer.export.pdf;

import com.mailflow.designer.export.diagram.FontFiles;
import com.mailflow.designer.export.text.LineText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu fonts, embedded (subset) in one document, plus the text clean-up PDF needs:
 * a character the font has no glyph for becomes "?" instead of failing the whole export.
 */
final class PdfFonts {
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> regularGlyphs = new HashMap<>();
    private final Map<Integer, Boolean> boldGlyphs = new HashMap<>();

    PdfFonts(PDDocument doc) throws IOException {
        regular = PDType0Font.load(doc, new ByteArrayInputStream(FontFiles.bytes(false)), true);
        bold = PDType0Font.load(doc, new ByteArrayInputStream(FontFiles.bytes(true)), true);
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** One line of text the font can show: no control characters, unknown glyphs as "?". */
    String printable(String text, boolean isBold) {
        PDFont font = font(isBold);
        Map<Integer, Boolean> known = isBold ? boldGlyphs : regularGlyphs;
        StringBuilder out = new StringBuilder(text.length());
        LineText.oneLine(text).codePoints().forEach(cp -> {
            boolean ok = known.computeIfAbsent(cp, c -> canShow(font, c));
            out.appendCodePoint(ok ? cp : '?');
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Width in points of already {@link #printable} text. */
    double width(String printableText, double size, boolean isBold) {
        try {
            return font(isBold).getStringWidth(printableText) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A width function for {@link com.mailflow.designer.export.text.TextWrap}. */
    ToDoubleFunction<String> measure(double size, boolean isBold) {
        return s -> width(printable(s, isBold), size, isBold);
    }
}
