package com.mailflow.designer.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Typed reads from a JSON tree that collect problems with their paths instead of throwing. */
final class Decoding {
    private final List<LoadProblem> problems = new ArrayList<>();

    List<LoadProblem> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(new LoadProblem(path, message));
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    private boolean present(JsonNode obj, String path, String key, boolean required) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problem(path.isEmpty() ? key : at(path, key), "the required key '" + key + "' is missing");
            }
            return false;
        }
        return true;
    }

    Optional<String> string(JsonNode obj, String path, String key, boolean required) {
        if (!present(obj, path, key, required)) {
            return Optional.empty();
        }
        JsonNode v = obj.get(key);
        if (!v.isTextual()) {
            problem(at(path, key), "must be a string");
            return Optional.empty();
        }
        return Optional.of(v.textValue());
    }

    Optional<Boolean> bool(JsonNode obj, String path, String key) {
        if (!present(obj, path, key, false)) {
            return Optional.empty();
        }
        JsonNode v = obj.get(key);
        if (!v.isBoolean()) {
            problem(at(path, key), "must be true or false");
            return Optional.empty();
        }
        return Optional.of(v.booleanValue());
    }

    Optional<Integer> integer(JsonNode obj, String path, String key, boolean required) {
        if (!present(obj, path, key, required)) {
            return Optional.empty();
        }
        JsonNode v = obj.get(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problem(at(path, key), "must be a whole number");
            return Optional.empty();
        }
        return Optional.of(v.intValue());
    }

    /** A number from {@code -limit} to {@code limit}: a bound every consumer (canvas, PDF, PNG, SVG) can draw. */
    Optional<Double> number(JsonNode obj, String path, String key, double limit) {
        if (!present(obj, path, key, true)) {
            return Optional.empty();
        }
        JsonNode v = obj.get(key);
        if (!v.isNumber()) {
            problem(at(path, key), "must be a number");
            return Optional.empty();
        }
        double value = v.doubleValue();
        if (!(Math.abs(value) <= limit)) {
            problem(at(path, key), "must be a number from " + (long) -limit + " to " + (long) limit + ", not "
                    + v.asText());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** An array (or null when absent or not an array; the latter is a problem). */
    JsonNode array(JsonNode obj, String path, String key, boolean required) {
        if (!present(obj, path, key, required)) {
            return null;
        }
        JsonNode v = obj.get(key);
        if (!v.isArray()) {
            problem(at(path, key), "must be an array");
            return null;
        }
        return v;
    }

    Optional<List<String>> strings(JsonNode obj, String path, String key) {
        JsonNode array = array(obj, path, key, false);
        if (array == null) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isTextual()) {
                values.add(item.textValue());
            } else {
                problem(at(at(path, key), i), "must be a string");
            }
        }
        return Optional.of(values);
    }

    /** An element's {@code stages} (plan.md section 1): null when absent, meaning every stage. */
    List<String> stageIds(JsonNode obj, String path) {
        Optional<List<String>> ids = strings(obj, path, "stages");
        if (ids.isPresent() && ids.get().isEmpty() && obj.get("stages").isEmpty()) {
            problem(at(path, "stages"), "is empty: leave the key out for an element of every stage");
        }
        return ids.orElse(null);
    }

    boolean isObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path, "must be a JSON object");
            return false;
        }
        return true;
    }

    /** Keys this version does not know, kept as plain Java values for the round trip. */
    static Map<String, Object> extras(JsonNode obj, Set<String> known) {
        Map<String, Object> extras = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = obj.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!known.contains(field.getKey())) {
                extras.put(field.getKey(), Json.MAPPER.convertValue(field.getValue(), Object.class));
            }
        }
        return extras;
    }
}
