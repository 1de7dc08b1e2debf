package com.mailflow.designer.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Connector names as the service takes them: at most 64 characters (New-InboundConnector and
 * New-OutboundConnector refuse longer, and a script would stop half-applied) and unique (the
 * service compares names without regard to case). One instance per report.
 */
final class ConnectorNames {
    static final int MAX_LENGTH = 64;
    private static final String ELLIPSIS = "...";
    private final Set<String> used = new HashSet<>();

    /** {@code prefix + name}, cut with "..." to fit, then " (2)", " (3)" ... inside the limit when taken. */
    String unique(String prefix, String name) {
        String whole = prefix + name.strip();
        String candidate = fit(whole, MAX_LENGTH);
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = fit(whole, MAX_LENGTH - suffix.length()) + suffix;
        }
        return candidate;
    }

    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
