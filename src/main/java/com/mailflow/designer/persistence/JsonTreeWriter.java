package com.mailflow.designer.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;

/**
 * Writes a tree of plain maps, lists, strings, numbers and booleans as indented JSON. Maps keep
 * their own order unless they are sorted maps, so callers decide the key order (reports list
 * keys as the report contract shows them). Other packages use this instead of Jackson.
 */
public final class JsonTreeWriter {
    private JsonTreeWriter() {
    }

    public static String write(Object tree) {
        try {
            return Json.PRETTY.without(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a report tree holds a value JSON can't carry", e);
        }
    }
}
