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
     * TXT data as quoted strings of at most 255 octets each (one record, several strings);
     * {@code "} and {@code \} are backslash-escaped, other bytes outside printable ASCII as {@code \DDD}.
     */
    static String txtStrings(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        List<String> strings = new ArrayList<>();
        for (int start = 0; start < bytes.length || start == 0; start += MAX_STRING) {
            StringBuilder s = new StringBuilder("\"");
            for (int i = start; i < Math.min(bytes.length, start + MAX_STRING); i++) {
                int b = bytes[i] & 0xff;
                if (b == '"' || b == '\\') {
                    s.append('\\').append((char) b);
                } else if (b < 0x20 || b > 0x7e) {
                    s.append(String.format("\\%03d", b));
                } else {
                    s.append((char) b);
                }
            }
            strings.add(s.append('"').toString());
            if (bytes.length == 0) {
                break;
            }
        }
        return String.join(" ", strings);
    }
}
