package com.mailflow.designer.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** BIND master-file syntax for names and TXT data. */
final class ZoneText {
    /** RFC 1035 character-strings hold at most 255 octets. */
    static final int MAX_STRING = 255;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_*-]+(\\.[A-Za-z0-9_-]+)*\\.?|\\.");

    private ZoneText() {
    }

    /** Whether {@code name} is a plain host name BIND reads as one name (no spaces, quotes, $ or ;). */
    static boolean isPlainName(String name) {
        return NAME.matcher(name).matches();
    }

    /** Fully qualified: a trailing dot, so the zone's $ORIGIN is never appended. */
    static String absolute(String name) {
        return name.endsWith(".") ? name : name + ".";
    }

    /**
     * TXT data as quoted strings of at most 255 octets each (one record, several strings), each break
     * after a space so no term is cut (registrar forms mangle mid-term breaks), unless one term alone
     * is longer; {@code "} and {@code \} are backslash-escaped, other bytes outside printable ASCII as
     * {@code \DDD}.
     */
    static String txtStrings(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        List<String> strings = new ArrayList<>();
        int start = 0;
        do {
            int end = breakAt(bytes, start);
            strings.add(quoted(bytes, start, end));
            start = end;
        } while (start < bytes.length);
        return String.join(" ", strings);
    }

    /** Where the string that starts at {@code start} ends: after the last space that fits, else at the limit. */
    private static int breakAt(byte[] bytes, int start) {
        int limit = start + MAX_STRING;
        if (limit >= bytes.length) {
            return bytes.length;
        }
        for (int i = limit - 1; i > start; i--) {
            if (bytes[i] == ' ') {
                return i + 1;
            }
        }
        while (limit > start + 1 && (bytes[limit] & 0xC0) == 0x80) {
            limit--; // never inside a UTF-8 character
        }
        return limit;
    }

    private static String quoted(byte[] bytes, int from, int to) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xff;
            if (b == '"' || b == '\\') {
                s.append('\\').append((char) b);
            } else if (b < 0x20 || b > 0x7e) {
                s.append(String.format("\\%03d", b));
            } else {
                s.append((char) b);
            }
        }
        return s.append('"').toString();
    }
}
