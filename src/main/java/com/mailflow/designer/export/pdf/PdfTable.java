package com.mailflow.designer.export.pdf;

import com.mailflow.designer.export.Table;
import com.mailflow.designer.export.text.TextWrap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a {@link Table} across as many pages as it needs: cells wrapped to their column, the
 * header row repeated on every page, and a row taller than the space left split between pages.
 */
final class PdfTable {
    static final float SIZE = 8.5f;
    static final float LINE = 11f;
    static final float PAD = 3f;
    private final PdfPages pages;
    private final Table table;
    private final float[] widths;
    private final ToDoubleFunction<String> regular;
    private final ToDoubleFunction<String> bold;

    private PdfTable(PdfPages pages, Table table) {
        this.pages = pages;
        this.table = table;
        this.regular = pages.fonts().measure(SIZE, false);
        this.bold = pages.fonts().measure(SIZE, true);
        this.widths = ColumnWidths.fit(table, pages.width(), regular, bold, 2 * PAD);
    }

    static void draw(PdfPages pages, Table table) throws IOException {
        new PdfTable(pages, table).draw();
    }

    private void draw() throws IOException {
        List<List<String>> header = wrap(table.headers(), bold);
        float headerHeight = height(header);
        pages.ensureSpace(headerHeight + LINE + 2 * PAD);
        row(header, 0, Integer.MAX_VALUE, true);
        for (List<String> cells : table.rows()) {
            List<List<String>> lines = wrap(cells, regular);
            int tallest = lines.stream().mapToInt(List::size).max().orElse(1);
            int done = 0;
            while (done < tallest) {
                int fit = (int) Math.floor((pages.spaceLeft() - 2 * PAD) / LINE);
                if (fit < Math.min(2, tallest - done)) {
                    pages.newPage(false);
                    row(header, 0, Integer.MAX_VALUE, true);
                    continue;
                }
                row(lines, done, fit, false);
                done += fit;
            }
        }
        pages.moveTo(pages.y() - 10);
    }

    private List<List<String>> wrap(List<String> cells, ToDoubleFunction<String> measure) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            wrapped.add(TextWrap.wrap(cell, widths[c] - 2 * PAD, measure));
        }
        return wrapped;
    }

    private static float height(List<List<String>> lines) {
        return lines.stream().mapToInt(List::size).max().orElse(1) * LINE + 2 * PAD;
    }

    /** Lines {@code from} to {@code from + count} of each cell as one band of boxes. */
    private void row(List<List<String>> lines, int from, int count, boolean isHeader) throws IOException {
        int shown = lines.stream().mapToInt(l -> Math.max(0, Math.min(count, l.size() - from))).max().orElse(0);
        float h = Math.max(1, shown) * LINE + 2 * PAD;
        float top = pages.y();
        PDPageContentStream cs = pages.content();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (isHeader) {
            pages.fillRect(pages.left(), top - h, total, h, 0.93f);
        }
        cs.setStrokingColor(0.69f, 0.745f, 0.773f);
        cs.setLineWidth(0.5f);
        float x = pages.left();
        for (float w : widths) {
            cs.addRect(x, top - h, w, h);
            x += w;
        }
        cs.stroke();
        x = pages.left();
        for (int c = 0; c < widths.length; c++) {
            List<String> cell = lines.get(c);
            float baseline = top - PAD - LINE + 2.5f;
            for (int i = from; i < Math.min(cell.size(), from + count); i++) {
                pages.text(cell.get(i), x + PAD, baseline, SIZE, isHeader);
                baseline -= LINE;
            }
            x += widths[c];
        }
        pages.moveTo(top - h);
    }

    /**
     * Column widths that fill the text width: each column first gets its longest word (so words
     * are not cut when avoidable), then the space left goes to the columns that want more.
     */
    static final class ColumnWidths {
        private static final float WORD_CAP = 110;
        /** Widths come from the first rows: a 3,000-row table need not be measured twice. */
        private static final int SAMPLE_ROWS = 300;

        private ColumnWidths() {
        }

        static float[] fit(Table table, float available, ToDoubleFunction<String> regular,
                           ToDoubleFunction<String> bold, float padding) {
            int n = table.headers().size();
            float[] natural = new float[n];
            float[] base = new float[n];
            for (int c = 0; c < n; c++) {
                natural[c] = measure(table.headers().get(c), bold, padding, natural, base, c);
                for (List<String> row : table.rows().subList(0, Math.min(table.rows().size(), SAMPLE_ROWS))) {
                    if (c < row.size()) {
                        measure(row.get(c), regular, padding, natural, base, c);
                    }
                }
                base[c] = Math.min(Math.max(base[c], 24), WORD_CAP);
                // One very long cell (an SPF record) must not starve the other columns.
                natural[c] = Math.max(Math.min(natural[c], available * 0.4f), base[c]);
            }
            float baseSum = sum(base);
            if (baseSum >= available) {
                float[] widths = new float[n];
                for (int c = 0; c < n; c++) {
                    widths[c] = base[c] * available / baseSum;
                }
                return widths;
            }
            float extra = available - baseSum;
            float demand = sum(natural) - baseSum;
            float[] widths = new float[n];
            for (int c = 0; c < n; c++) {
                widths[c] = demand <= extra
                        ? natural[c] + (extra - demand) * natural[c] / sum(natural)
                        : base[c] + (natural[c] - base[c]) * extra / demand;
            }
            return widths;
        }

        /** Updates the column's widest line and longest word with this cell; returns the widest line. */
        private static float measure(String text, ToDoubleFunction<String> font, float padding, float[] natural,
                                     float[] base, int c) {
            for (String line : text.split("\n")) {
                natural[c] = Math.max(natural[c], (float) font.applyAsDouble(line) + padding + 1);
                for (String word : line.split(" ")) {
                    base[c] = Math.max(base[c], (float) font.applyAsDouble(word) + padding + 1);
                }
            }
            return natural[c];
        }

        private static float sum(float[] values) {
            float total = 0;
            for (float v : values) {
                total += v;
            }
            return total;
        }
    }
}
