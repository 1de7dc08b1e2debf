package com.mailflow.designer.model;

import java.util.LinkedHashMap;
import java.util.Map;

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
        if (scenario.extras().get(KEY) instanceof Map<?, ?> m) {
            return new HandoutDetails(text(m, "customer"), text(m, "author"), text(m, "date"), text(m, "logoPng"));
        }
        return NONE;
    }

    private static String text(Map<?, ?> m, String key) {
        return m.get(key) instanceof String s ? s : null;
    }

    /** The logo's bytes, or null when there is none or it is not valid base64. */
    public byte[] logo() {
        try {
            return logoPng == null ? null : java.util.Base64.getDecoder().decode(logoPng);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
