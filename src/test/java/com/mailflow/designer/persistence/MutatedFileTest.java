package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.export.ReportJson;
import com.mailflow.designer.model.Scenario;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded damage to real files (the templates): characters dropped, doubled, replaced, blocks cut
 * and pasted elsewhere. Whatever comes out, the loader either accepts it or refuses it with
 * problems that name a place and say what is wrong; it never fails any other way. What it accepts
 * analyses without error and saves to a file that loads back to the same scenario.
 */
class MutatedFileTest {
    private static final int PER_TEMPLATE = 40;
    private static final String NOISE = "{}[]\",:0123456789.-abcxyz \n\\/*\u00e9\u4e2d";

    static Stream<Arguments> damagedFiles() throws Exception {
        return TemplateCatalog.ids().stream().flatMap(id -> {
            String json = ScenarioWriter.toJson(load(id));
            return IntStream.range(0, PER_TEMPLATE).mapToObj(seed -> Arguments.of(id, seed, damage(json, id.hashCode() * 31L + seed)));
        });
    }

    private static Scenario load(String id) {
        try {
            return TemplateCatalog.load(id).orElseThrow();
        } catch (ScenarioFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static String damage(String json, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(json);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && text.length() > 2; i++) {
            int at = random.nextInt(text.length());
            int length = Math.min(1 + random.nextInt(random.nextBoolean() ? 3 : 60), text.length() - at);
            switch (random.nextInt(4)) {
                case 0 -> text.delete(at, at + length);
                case 1 -> text.insert(random.nextInt(text.length()), text.substring(at, at + length));
                case 2 -> text.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("damagedFiles")
    void damagedFileIsRefusedWithReasonsOrLoadsAnalysesAndRoundTrips(String template, int seed, String json) {
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(json);
        } catch (ScenarioFormatException e) {
            assertFalse(e.problems().isEmpty(), "refused without a reason");
            e.problems().forEach(p -> assertFalse(p.message().isBlank(), "a problem without a message at " + p.path()));
            return;
        } catch (RuntimeException e) {
            fail("the loader failed with " + e + " on:\n" + json, e);
            return;
        }
        ReportJson.write(new Analyzer().analyze(scenario));
        try {
            assertEquals(scenario, ScenarioReader.read(ScenarioWriter.toJson(scenario)));
        } catch (ScenarioFormatException e) {
            fail("a scenario the loader accepted was saved to a file it refuses: " + e.problems());
        }
    }
}
