package com.mailflow.designer.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reliability probe's mutation families, seeded so every run checks the same inputs: tree
 * edits (a value swapped for another type or a hostile one), byte flips, other encodings,
 * truncation, duplicated keys, and splices of one template into another. Each input must keep
 * {@link LoadOutcome}'s property.
 */
class MutationFamiliesTest {
    private static final int PER_FAMILY = 8;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<JsonNode> HOSTILE = List.of(F.nullNode(), F.numberNode(1e300), F.numberNode(-1),
            F.textNode(""), F.textNode("\u001b[2J\n=1+2;@x"), F.textNode("\ud800"), F.booleanNode(true),
            F.arrayNode(), F.objectNode(), F.numberNode(new java.math.BigDecimal("1e400")), F.textNode("x".repeat(5000)),
            F.numberNode(5e18), F.textNode("internet"), F.textNode("::1"), F.textNode("999.1.1.1/33"));

    enum Family { TREE, BYTE, ENCODING, TRUNCATION, DUPLICATE_KEY, SPLICE }

    static Stream<Arguments> inputs() {
        List<String> ids = TemplateCatalog.ids();
        List<Arguments> out = new ArrayList<>();
        for (Family family : Family.values()) {
            for (int t = 0; t < ids.size(); t++) {
                String json = json(ids.get(t));
                String other = json(ids.get((t + 1) % ids.size()));
                for (int i = 0; i < PER_FAMILY; i++) {
                    Random random = new Random(family.ordinal() * 1_000_003L + t * 101L + i);
                    out.add(Arguments.of(family, ids.get(t), i, mutate(family, json, other, random)));
                }
            }
        }
        return out.stream();
    }

    private static String json(String id) {
        try {
            return ScenarioWriter.toJson(TemplateCatalog.load(id).orElseThrow());
        } catch (ScenarioFormatException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] mutate(Family family, String json, String other, Random random) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        return switch (family) {
            case TREE -> tree(json, random).getBytes(StandardCharsets.UTF_8);
            case BYTE -> {
                byte[] b = utf8.clone();
                for (int n = 1 + random.nextInt(6); n > 0; n--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield b;
            }
            case ENCODING -> encoding(json, random);
            case TRUNCATION -> Arrays.copyOf(utf8, random.nextInt(utf8.length));
            case DUPLICATE_KEY -> duplicateKey(json, random).getBytes(StandardCharsets.UTF_8);
            case SPLICE -> {
                int from = random.nextInt(other.length());
                String piece = other.substring(from, Math.min(other.length(), from + 1 + random.nextInt(400)));
                int at = random.nextInt(json.length());
                int cut = random.nextBoolean() ? Math.min(json.length(), at + random.nextInt(200)) : at;
                yield (json.substring(0, at) + piece + json.substring(cut)).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private static String tree(String json, Random random) {
        try {
            JsonNode root = Json.MAPPER.readTree(json);
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                List<JsonNode> containers = new ArrayList<>();
                root.findParents("id").forEach(containers::add);
                collect(root, containers);
                JsonNode target = containers.get(random.nextInt(containers.size()));
                JsonNode value = HOSTILE.get(random.nextInt(HOSTILE.size()));
                if (target instanceof ObjectNode o && o.size() > 0) {
                    List<String> keys = new ArrayList<>();
                    o.fieldNames().forEachRemaining(keys::add);
                    String key = keys.get(random.nextInt(keys.size()));
                    switch (random.nextInt(3)) {
                        case 0 -> o.remove(key);
                        case 1 -> o.set(key, value);
                        default -> o.set("x" + random.nextInt(9), value);
                    }
                } else if (target instanceof ArrayNode a) {
                    if (a.size() > 0 && random.nextBoolean()) {
                        a.set(random.nextInt(a.size()), value);
                    } else {
                        a.add(a.size() > 0 && random.nextBoolean() ? a.get(0).deepCopy() : value);
                    }
                }
            }
            return Json.MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static byte[] encoding(String json, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> json.getBytes(StandardCharsets.UTF_16LE);
            case 1 -> json.getBytes(StandardCharsets.UTF_16);
            case 2 -> json.replace("Online", "\u00d6nline").getBytes(StandardCharsets.ISO_8859_1);
            case 3 -> json.getBytes(Charset.forName("UTF-32"));
            default -> {
                // An overlong '/' or a lone continuation byte inside a string.
                byte[] b = json.getBytes(StandardCharsets.UTF_8);
                int at = json.indexOf("\"name\": \"") + 9;
                byte[] bad = random.nextBoolean() ? new byte[] {(byte) 0xC0, (byte) 0xAF} : new byte[] {(byte) 0x80};
                byte[] out = new byte[b.length + bad.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(bad, 0, out, at, bad.length);
                System.arraycopy(b, at, out, at + bad.length, b.length - at);
                yield out;
            }
        };
    }

    private static String duplicateKey(String json, Random random) {
        List<String> lines = new ArrayList<>(json.lines().toList());
        List<Integer> keyed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*\"[^\"]+\": (\"[^\"]*\"|[-0-9.eE]+|true|false),?")) {
                keyed.add(i);
            }
        }
        int i = keyed.get(random.nextInt(keyed.size()));
        String line = lines.get(i);
        lines.add(i, line.endsWith(",") ? line : line + ",");
        return String.join("\n", lines);
    }

    @ParameterizedTest(name = "{0} {1} #{2}")
    @MethodSource("inputs")
    void everyMutantIsRefusedWithReasonsOrLoadsAnalysesAndRoundTrips(Family family, String template, int seed,
                                                                       byte[] input) {
        LoadOutcome.check(input);
    }
}
