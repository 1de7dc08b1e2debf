package com.mailflow.designer.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Who a handout is for and who signs it, shown on its cover: kept in the file's optional
 * top-level {@code handout} object (through the scenario's extras, so a file without it saves
 * exactly as before). Each field is null when not given.
 *
 * @param date as the consultant writes it (free text), else the export date is shown
 * @param logoPng the customer's logo, a PNG image in base64
 */
public record HandoutDetails(String customer, String author, String date, String logoPng) {
    public static final String KEY = "handout";
    public static final HandoutDetails NONE = new HandoutDetails(null, null, null, null);
    private static final List<String> FIELDS = List.of("customer", "author", "date", "logoPng");

    public HandoutDetails {
        customer = blankToNull(customer);
        author = blankToNull(author);
        date = blankToNull(date);
        logoPng = blankToNull(logoPng);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static HandoutDetails of(Scenario scenario) {
        return read(scenario.extras().get(KEY), (path, problem) -> { });
    }

    /**
     * The details {@code raw} (the file's {@code handout} member) holds; what is left out is told
     * to {@code problems} with its path relative to the member ({@code .logoPng}) and why. The
     * one decision of what a valid member is: the handouts read it, the loader reports it.
     */
    public static HandoutDetails read(Object raw, BiConsumer<String, String> problems) {
        if (raw == null) {
            return NONE;
        }
        if (!(raw instanceof Map<?, ?> m)) {
            problems.accept("", "must be an object ({\"customer\": ..., \"author\": ..., \"date\": ...,"
                    + " \"logoPng\": ...}); the handout shows no customer, author, date or logo from it");
            return NONE;
        }
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(key)) {
                problems.accept("." + key, "is not a handout field (" + String.join(", ", FIELDS)
                        + "); it is kept but not used");
            }
        }
        String logo = text(m, "logoPng", problems);
        if (logo != null && !isPng(decode(logo))) {
            problems.accept(".logoPng", decode(logo) == null ? "is not base64 text; the handout shows no logo"
                    : "is not a PNG image; the handout shows no logo");
        }
        return new HandoutDetails(text(m, "customer", problems), text(m, "author", problems), text(m, "date", problems),
                logo);
    }

    private static String text(Map<?, ?> m, String key, BiConsumer<String, String> problems) {
        Object value = m.get(key);
        if (value != null && !(value instanceof String)) {
            problems.accept("." + key, "must be a string; it is left off the handout");
        }
        return value instanceof String s ? s : null;
    }

    private static byte[] decode(String base64) {
        try {
            return java.util.Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** PNG's eight signature bytes. */
    public static boolean isPng(byte[] bytes) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        return bytes != null && bytes.length >= signature.length
                && java.util.Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    /** The logo's bytes, or null when there is none or it is not a PNG in base64 (the loader says so). */
    public byte[] logo() {
        byte[] bytes = logoPng == null ? null : decode(logoPng);
        return isPng(bytes) ? bytes : null;
    }

    /** The scenario carrying these details; all empty removes the object. */
    public Scenario applyTo(Scenario scenario) {
        Map<String, Object> extras = new LinkedHashMap<>(scenario.extras());
        if (equals(NONE)) {
            extras.remove(KEY);
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "author", author);
            put(m, "customer", customer);
            put(m, "date", date);
            put(m, "logoPng", logoPng);
            extras.put(KEY, m);
        }
        return scenario.withExtras(extras);
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
