package com.mailflow.designer.export.text;

/**
 * Text from a file on its way to a terminal: control characters shown as escapes ({@code \n},
 * {@code \u001b}) so a crafted name can neither forge a line nor send the terminal a command
 * (colours, window title, clear screen), and a message stays one line.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? value : out.toString();
    }

    private static String escaped(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        // C0, DEL, C1 (a lone 0x9b is a CSI on some terminals), line and paragraph separators,
        // and the bidirectional overrides that make a line read differently from what it holds.
        boolean hidden = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
        return hidden ? String.format("\\u%04x", (int) c) : null;
    }
}
