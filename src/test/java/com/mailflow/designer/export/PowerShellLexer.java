package com.mailflow.designer.export;

/**
 * Just enough of PowerShell's tokenizer to tell code from data: single-quoted strings (any of
 * the five quote characters opens and closes one; two in a row are one literal quote) and
 * {@code #} comments to the end of the line. What is left is the code PowerShell would run.
 */
final class PowerShellLexer {
    static final String QUOTES = "'\u2018\u2019\u201A\u201B";

    private PowerShellLexer() {
    }

    /** The script with every single-quoted string replaced by {@code ''} and comments removed. */
    static String code(String script) {
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                i = endOfString(script, i + 1);
                code.append("''");
            } else if (c == '#') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Reads a single-quoted string's content starting after its opening quote. */
    static String literal(String quoted) {
        StringBuilder value = new StringBuilder();
        int i = 1;
        while (true) {
            char c = quoted.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                if (i + 1 < quoted.length() && QUOTES.indexOf(quoted.charAt(i + 1)) >= 0) {
                    value.append(quoted.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (i != quoted.length() - 1) {
                    throw new IllegalArgumentException("string ends before the end: " + quoted);
                }
                return value.toString();
            }
            value.append(c);
            i++;
        }
    }

    private static int endOfString(String s, int i) {
        while (i < s.length()) {
            if (QUOTES.indexOf(s.charAt(i)) >= 0) {
                if (i + 1 < s.length() && QUOTES.indexOf(s.charAt(i + 1)) >= 0) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated string");
    }
}
