package com.mailflow.designer.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * What a file may hold anywhere, unknown keys included, so that a save writes back what was
 * read: no lone UTF-16 surrogates (JSON's {@code \ud800} escape, which is not text and can't be
 * written as UTF-8) and no numbers outside what a double holds ({@code NaN}, {@code Infinity},
 * {@code 1e400}). Problems are reported at their JSON path, the first few only.
 */
final class TreeCheck {
    private static final int MAX_REPORTED = 20;

    private final Decoding in;
    private int reported;

    TreeCheck(Decoding in) {
        this.in = in;
    }

    void check(JsonNode node, String path) {
        if (reported >= MAX_REPORTED) {
            return;
        }
        if (node.isTextual()) {
            checkText(node.textValue(), path, "holds");
        } else if (node.isNumber()) {
            if (!Double.isFinite(node.doubleValue())) {
                String text = node.asText();
                problem(path, "is not a number this program can keep (" + (text.length() > 40 ? text.substring(0, 40)
                        + "\u2026" : text) + "): numbers must be finite and within about \u00b11.8e308");
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), Decoding.at(path, i));
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = Decoding.at(path, field.getKey());
                // Reported at the object: the key itself is not text a path can show.
                checkText(field.getKey(), path, "has a key with");
                check(field.getValue(), at);
            }
        }
    }

    private void checkText(String text, String path, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) : !Character.isLowSurrogate(c);
            if (!paired) {
                problem(path, what + " a lone surrogate escape (\\u" + String.format("%04x", (int) c)
                        + "), which is not a character: remove it or write the character itself");
                return;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private void problem(String path, String message) {
        reported++;
        in.problem(path, message);
    }
}
