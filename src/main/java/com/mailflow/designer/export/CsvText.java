package com.mailflow.designer.export;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 cells that a spreadsheet will not run as a formula, whatever list separator it uses. */
public final class CsvText {
    /** Characters that start a formula in Excel or LibreOffice (tab and CR as OWASP lists them). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /**
     * Where a spreadsheet may cut a cell into parts: the comma, the semicolon most of continental
     * Europe uses as list separator, tab, line breaks, and the pipe some import dialogs offer.
     */
    private static final String SPLITS = ",;\t\r\n|";
    /** A cell holding any of these is quoted, so no list separator splits it in the first place. */
    private static final String QUOTED = ",;\"\t\r\n";

    private CsvText() {
    }

    /**
     * One cell: every part that starts with = + - @ tab or carriage return (after spaces) gets a
     * leading {@code '} so a spreadsheet shows it as text instead of evaluating it, the whole
     * cell and each part a separator may split off; then quoted when it holds a separator.
     */
    public static String cell(String value) {
        String text = neutralise(value == null ? "" : value);
        for (int i = 0; i < text.length(); i++) {
            if (QUOTED.indexOf(text.charAt(i)) >= 0) {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }

    private static String neutralise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        boolean partStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (partStart && FORMULA_STARTS.indexOf(c) >= 0) {
                out.append('\'');
            }
            out.append(c);
            partStart = SPLITS.indexOf(c) >= 0 || (partStart && c == ' ');
        }
        return out.toString();
    }

    /** A record line ending in CRLF, as RFC 4180 says. */
    public static String row(List<String> cells) {
        return cells.stream().map(CsvText::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
