package com.mailflow.designer.export;

import com.mailflow.designer.export.text.LineText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts user-provided text (names, certificates, host names) into a PowerShell script so it can
 * only ever be data: a single-quoted string, or a comment that can't end its own line.
 */
public final class PowerShellText {
    /** PowerShell closes a single-quoted string on any of these: ' ‘ ’ ‚ ‛ (doubling escapes each). */
    private static final String SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";

    private PowerShellText() {
    }

    /** A single-quoted literal: every quote character PowerShell recognizes is doubled. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        value.codePoints().forEach(cp -> {
            if (SINGLE_QUOTES.indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            }
            out.appendCodePoint(cp);
        });
        return out.append('\'').toString();
    }

    /** {@code 'a','b'}: an array argument of quoted literals. */
    public static String quoteAll(List<String> values) {
        return values.stream().map(PowerShellText::quote).collect(Collectors.joining(","));
    }

    /** Text for a {@code #} comment: line breaks and other control characters become spaces. */
    public static String comment(String value) {
        return LineText.oneLine(value);
    }
}
