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
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> out.appendCodePoint(breaksLine(cp) ? ' ' : cp));
        return out.toString();
    }

    private static boolean breaksLine(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
