package com.mailflow.designer.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Unknown JSON keys carried through a load and save untouched (plain maps, lists, scalars). */
public final class Extras {
    private Extras() {
    }

    public static Map<String, Object> copyOf(Map<String, Object> extras) {
        if (extras == null || extras.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new TreeMap<>(extras));
    }
}
