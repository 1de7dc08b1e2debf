package com.mailflow.designer.export;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 cells that a spreadsheet will not run as a formula. */
public final class CsvText {
    private CsvText() {
    }

    /**
     * One cell: a value starting with = + - @ tab or carriage return gets a leading {@code '} so
     * Excel and LibreOffice show it as text instead of evaluating it; then quoted when needed.
     */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A record line ending in CRLF, as RFC 4180 says. */
    public static String row(List<String> cells) {
        return cells.stream().map(CsvText::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
