package com.mailflow.designer.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown that shows user text literally: inline syntax is backslash-escaped and HTML
 * characters become entities (wikis and ticket systems render raw HTML in Markdown).
 */
final class MarkdownText {
    private static final String INLINE = "\\`*_[]|~";
    /** "1." or "1)" at a line start would begin an ordered list: escape the dot, not the digit. */
    private static final Pattern NUMBERED = Pattern.compile("\\s*\\d+[.)]");

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
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.lookingAt()) {
            return text.substring(0, numbered.end() - 1) + "\\" + text.substring(numbered.end() - 1);
        }
        int lead = text.length() - text.stripLeading().length();
        if (lead < text.length() && "#+=-".indexOf(text.charAt(lead)) >= 0) {
            return text.substring(0, lead) + "\\" + text.substring(lead);
        }
        return text;
    }
}
