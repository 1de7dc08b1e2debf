package com.mailflow.designer.export.text;

/** Shared by the line-oriented outputs (PowerShell and zone comments, PDF and diagram text). */
public final class LineText {
    private LineText() {
    }

    /**
     * Replaces line and paragraph separators and control characters with spaces, so that
     * user text inside a comment can't start a new line of code, nor break a drawn line.
     */
    public static String oneLine(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (breaksLine(cp) && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(breaksLine(cp) ? ' ' : cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? value : out.toString();
    }

    private static boolean breaksLine(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
