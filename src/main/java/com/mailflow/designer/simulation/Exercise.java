package com.mailflow.designer.simulation;

import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A training exercise carried by a scenario file as its optional top-level {@code exercise} object
 * (kept by the loader and writer like any unknown key, so files without it are unchanged).
 *
 * @param goal what the trainee is asked to achieve, in words
 * @param hints shown one at a time on request
 * @param complete every condition must hold
 */
public record Exercise(String goal, List<String> hints, List<Condition> complete) {
    public static final String KEY = "exercise";

    public Exercise {
        hints = List.copyOf(hints);
        complete = List.copyOf(complete);
    }

    /**
     * The scenario's exercise, if it has one.
     *
     * @throws IllegalArgumentException naming the place in the file and what is wrong with it
     */
    public static Optional<Exercise> of(Scenario scenario) {
        Object raw = scenario.extras().get(KEY);
        if (raw == null) {
            return Optional.empty();
        }
        Map<?, ?> map = object(raw, KEY);
        String goal = text(map, "goal", KEY);
        List<String> hints = new ArrayList<>();
        Object rawHints = map.get("hints");
        if (rawHints != null) {
            List<?> list = list(rawHints, KEY + ".hints");
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String s)) {
                    throw new IllegalArgumentException(KEY + ".hints[" + i + "]: expected text");
                }
                hints.add(s);
            }
        }
        List<?> conditions = list(map.get("complete"), KEY + ".complete");
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException(KEY + ".complete: an exercise needs at least one condition");
        }
        List<Condition> complete = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            complete.add(condition(object(conditions.get(i), KEY + ".complete[" + i + "]"), KEY + ".complete[" + i + "]"));
        }
        return Optional.of(new Exercise(goal, hints, complete));
    }

    private static Condition condition(Map<?, ?> m, String where) {
        String type = text(m, "type", where);
        return switch (type) {
            case "no-findings" -> {
                String severity = m.get("severity") == null ? "error" : text(m, "severity", where);
                if (!severity.equals("error") && !severity.equals("warning")) {
                    throw new IllegalArgumentException(where + ".severity: expected \"error\" or \"warning\"");
                }
                yield new Condition.NoFindings(severity);
            }
            case "spf-passes" -> new Condition.SpfPasses(text(m, "domain", where), text(m, "node", where));
            case "enters-through" -> new Condition.EntersThrough(text(m, "domain", where), text(m, "node", where));
            case "delivers" -> new Condition.Delivers(text(m, "from", where), text(m, "to", where));
            case "no-single-point" -> new Condition.NoSinglePoint(text(m, "domain", where));
            default -> throw new IllegalArgumentException(where + ".type: unknown condition \"" + type
                    + "\" (expected no-findings, spf-passes, enters-through, delivers or no-single-point)");
        };
    }

    private static Map<?, ?> object(Object raw, String where) {
        if (raw instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException(where + ": expected an object");
    }

    private static List<?> list(Object raw, String where) {
        if (raw instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(where + ": expected a list");
    }

    private static String text(Map<?, ?> m, String key, String where) {
        Object v = m.get(key);
        if (v instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new IllegalArgumentException(where + "." + key + ": expected text");
    }
}
