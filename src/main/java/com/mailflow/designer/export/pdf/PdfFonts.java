package com.mailflow.designer.export.pdf;

import com.mailflow.designer.export.diagram.FontFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.ToDoubleFunction;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu fonts, embedded (subset) in one document, plus the text clean-up PDF needs:
 * a character the font has no glyph for becomes "?" instead of failing the whole export.
 * Glyph presence and widths are cached per character: a 1,000-node handout measures a lot of text.
 */
final class PdfFonts implements Closeable {
    private final Face regular;
    private final Face bold;

    PdfFonts(PDDocument doc) throws IOException {
        regular = new Face(doc, FontFiles.bytes(false));
        bold = new Face(doc, FontFiles.bytes(true));
    }

    PDFont font(boolean isBold) {
        return face(isBold).font;
    }

    private Face face(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** One line of text the font can show: control characters as spaces, unknown glyphs as "?". */
    String printable(String text, boolean isBold) {
        Face face = face(isBold);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int shown = Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? ' ' : face.canShow(cp) ? cp : '?';
            if (shown != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(shown);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    /** Width in points of already {@link #printable} text (no kerning, like PDFBox's own). */
    double width(String printableText, double size, boolean isBold) {
        Face face = face(isBold);
        double units = 0;
        for (int i = 0; i < printableText.length(); ) {
            int cp = printableText.codePointAt(i);
            units += face.advance(cp);
            i += Character.charCount(cp);
        }
        return units / 1000 * size;
    }

    /** A width function for {@link com.mailflow.designer.export.text.TextWrap}. */
    ToDoubleFunction<String> measure(double size, boolean isBold) {
        return s -> width(printable(s, isBold), size, isBold);
    }

    @Override
    public void close() throws IOException {
        regular.ttf.close();
        bold.ttf.close();
    }

    /** One font with its per-character caches (Basic Multilingual Plane; others are looked up). */
    private static final class Face {
        private final TrueTypeFont ttf;
        private final PDType0Font font;
        private final byte[] known = new byte[0x10000];
        private final float[] advances = new float[0x10000];

        Face(PDDocument doc, byte[] bytes) throws IOException {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            // Glyph substitution only matters for scripts DejaVu shapes (ligatures, Arabic); for
            // these handouts it costs half the rendering time.
            ttf.setEnableGsub(false);
            font = PDType0Font.load(doc, ttf, true);
        }

        boolean canShow(int cp) {
            if (cp >= known.length) {
                return lookUp(cp);
            }
            if (known[cp] == 0) {
                known[cp] = (byte) (lookUp(cp) ? 1 : 2);
            }
            return known[cp] == 1;
        }

        private boolean lookUp(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        float advance(int cp) {
            if (cp < advances.length && advances[cp] != 0) {
                return advances[cp];
            }
            float w;
            try {
                w = font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException | IllegalArgumentException e) {
                w = 500;
            }
            if (cp < advances.length) {
                advances[cp] = w == 0 ? Float.MIN_VALUE : w;
            }
            return w;
        }
    }
}
