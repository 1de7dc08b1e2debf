package com.mailflow.designer.export;

import com.mailflow.designer.export.text.TerminalText;
import java.util.List;

/** Plain-text columns padded to their widest cell; the last column is never padded. */
final class TextTable {
    private TextTable() {
    }

    /** Cells come from the scenario: control characters are escaped (TerminalText) before padding. */
    static String render(List<String[]> rawRows, boolean header) {
        List<String[]> rows = rawRows.stream().map(r -> java.util.Arrays.stream(r).map(TerminalText::escape)
                .toArray(String[]::new)).toList();
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length - 1; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append(line(rows.get(r), widths)).append('\n');
            if (header && r == 0) {
                String[] rule = new String[columns];
                for (int c = 0; c < columns; c++) {
                    rule[c] = "-".repeat(Math.max(3, c < columns - 1 ? widths[c] : rows.get(0)[c].length()));
                }
                out.append(line(rule, widths)).append('\n');
            }
        }
        return out.toString();
    }

    private static String line(String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            line.append(c < row.length - 1 ? String.format("%-" + widths[c] + "s", row[c]) : row[c]);
        }
        return line.toString().stripTrailing();
    }
}
