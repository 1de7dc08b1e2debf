package com.mailflow.designer.export;

/**
 * Markdown that shows user text literally: inline syntax is backslash-escaped and HTML
 * characters become entities (wikis and ticket systems render raw HTML in Markdown).
 */
final class MarkdownText {
    private static final String INLINE = "\\`*_[]|~";

    private MarkdownText() {
    }

    /** Inline text: one line; line breaks become {@code <br>} (tables) or spaces. */
    static String inline(String value, boolean breaksAsBr) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n' -> out.append(breaksAsBr ? "<br>" : " ");
                case '\r' -> { }
                default -> {
                    if (INLINE.indexOf(cp) >= 0) {
                        out.append('\\');
                    }
                    out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp);
                }
            }
        });
        return out.toString();
    }

    /** A paragraph line: inline escaping plus the block markers that only count at a line start. */
    static String line(String value) {
        String text = inline(value, false);
        if (text.matches("^\\s*([#+=>-]|\\d+[.)]).*")) {
            int lead = text.length() - text.stripLeading().length();
            return text.substring(0, lead) + "\\" + text.substring(lead);
        }
        return text;
    }
}
