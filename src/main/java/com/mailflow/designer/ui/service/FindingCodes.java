package com.mailflow.designer.ui.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The finding codes explained, read from the "Findings" table of docs/rules.md (shipped in the
 * jar): the document the rules are written against is the one source of their explanations.
 */
public final class FindingCodes {
    /** One row: {@code address.shared}, {@code error}, what it means. */
    public record Entry(String code, String severity, String when) {
    }

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| (error|warning|info) \\| (.+) \\|\\s*$");

    private FindingCodes() {
    }

    public static List<Entry> all() {
        try (InputStream in = FindingCodes.class.getResourceAsStream("/docs/rules.md")) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Entry> parse(String markdown) {
        List<Entry> out = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                out.add(new Entry(m.group(1), m.group(2), m.group(3).replace("`", "")));
            }
        }
        return out;
    }
}
