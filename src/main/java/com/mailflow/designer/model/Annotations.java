package com.mailflow.designer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's annotations, kept in its extras under {@link #KEY} as plain maps (so the file
 * format needs no new persistence code and a file without annotations saves exactly as before).
 * Entries that are not objects with a string {@code id} and {@code text} are skipped on reading.
 */
public final class Annotations {
    public static final String KEY = "annotations";

    private Annotations() {
    }

    public static List<Annotation> of(Scenario scenario) {
        Object raw = scenario.extras().get(KEY);
        List<Annotation> result = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m && m.get("id") instanceof String id && m.get("text") instanceof String t) {
                    result.add(new Annotation(id, t, number(m.get("x")), number(m.get("y"))));
                }
            }
        }
        return result;
    }

    private static double number(Object o) {
        return o instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : 0;
    }

    /** The scenario with exactly these annotations; none removes the key. */
    public static Scenario with(Scenario scenario, List<Annotation> annotations) {
        Map<String, Object> extras = new LinkedHashMap<>(scenario.extras());
        if (annotations.isEmpty()) {
            extras.remove(KEY);
        } else {
            List<Object> list = new ArrayList<>();
            for (Annotation a : annotations) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("text", a.text());
                m.put("x", a.x());
                m.put("y", a.y());
                list.add(m);
            }
            extras.put(KEY, list);
        }
        return scenario.withExtras(extras);
    }

    /** An id no annotation of the scenario has yet. */
    public static String freshId(Scenario scenario) {
        List<Annotation> all = of(scenario);
        int n = all.size() + 1;
        while (true) {
            String id = "note-" + n;
            if (all.stream().noneMatch(a -> a.id().equals(id))) {
                return id;
            }
            n++;
        }
    }
}
