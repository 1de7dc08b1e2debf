package com.mailflow.designer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A scenario's annotations, kept in its extras under {@link #KEY} as plain maps (so the file
 * format needs no new persistence code and a file without annotations saves exactly as before).
 * Entries that are not objects with a string {@code id} and {@code text} are skipped on reading
 * (and reported by the loader, {@link #read}).
 */
public final class Annotations {
    public static final String KEY = "annotations";

    private Annotations() {
    }

    public static List<Annotation> of(Scenario scenario) {
        return read(scenario.extras().get(KEY), (path, problem) -> { });
    }

    /**
     * The annotations {@code raw} (the file's {@code annotations} member) holds; each entry that
     * is skipped, and each coordinate read as 0, is told to {@code problems} with its path
     * relative to the member ({@code [2].text}) and what is wrong. The one decision of what a
     * valid annotation is: the canvas reads it, the loader reports it.
     */
    public static List<Annotation> read(Object raw, BiConsumer<String, String> problems) {
        List<Annotation> result = new ArrayList<>();
        if (raw == null) {
            return result;
        }
        if (!(raw instanceof List<?> list)) {
            problems.accept("", "must be a list of texts ([{\"id\": ..., \"text\": ..., \"x\": ..., \"y\": ...}]);"
                    + " no canvas text was read");
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                problems.accept(at, "must be an object with an id and a text; this entry is skipped");
            } else if (!(m.get("id") instanceof String id)) {
                problems.accept(at + ".id", (m.containsKey("id") ? "must be a string" : "is missing")
                        + "; this text is skipped");
            } else if (!(m.get("text") instanceof String t)) {
                problems.accept(at + ".text", (m.containsKey("text") ? "must be a string" : "is missing")
                        + "; this text is skipped");
            } else {
                result.add(new Annotation(id, t, number(m, "x", at, problems), number(m, "y", at, problems)));
            }
        }
        return result;
    }

    /** A coordinate; missing reads as 0 silently (documented), anything else but a number as 0 with a word. */
    private static double number(Map<?, ?> m, String key, String at, BiConsumer<String, String> problems) {
        Object o = m.get(key);
        if (o instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        if (o != null) {
            problems.accept(at + "." + key, "must be a number; read as 0");
        }
        return 0;
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
