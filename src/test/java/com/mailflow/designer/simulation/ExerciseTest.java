package com.mailflow.designer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.persistence.ScenarioWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exercises under assets/exercises: each file round-trips byte for byte, starts unsolved, says
 * what is still wrong without naming the fix, and is complete once the trainee's fix is made.
 */
class ExerciseTest {
    private static final Path DIR = Path.of("assets", "exercises");

    static Stream<String> exercises() throws Exception {
        return Files.readAllLines(DIR.resolve("index.txt")).stream().filter(l -> !l.isBlank() && !l.startsWith("#"));
    }

    private static Scenario load(String id) throws Exception {
        return ScenarioReader.read(DIR.resolve(id + ".mailflow.json"));
    }

    private static List<ExerciseCheck.Result> check(Scenario s) {
        return ExerciseCheck.check(Exercise.of(s).orElseThrow(), s, new Analyzer().analyze(s));
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void fileRoundTripsByteForByte(String id) throws Exception {
        String text = Files.readString(DIR.resolve(id + ".mailflow.json"));
        assertEquals(text, ScenarioWriter.toJson(ScenarioReader.read(text)));
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void startsUnsolvedAndSaysWhatIsWrongWithoutTheAnswer(String id) throws Exception {
        Scenario s = load(id);
        List<ExerciseCheck.Result> results = check(s);
        assertFalse(ExerciseCheck.complete(results));
        for (ExerciseCheck.Result r : results) {
            if (!r.met()) {
                assertTrue(r.text().startsWith("Not yet:"), r.text());
                // The check names the goal, never a setting to change.
                for (String word : List.of("certificate", "address", "link", "connector", "203.0.113")) {
                    assertFalse(r.text().toLowerCase().contains(word), () -> id + " gives away '" + word + "': " + r.text());
                }
            }
        }
    }

    private static Scenario fixed(String id) throws Exception {
        Scenario s = load(id);
        switch (id) {
            case "fix-broken-safelist":
                return Seeds.withNode(s, "gw", n -> n.with(NodeAttribute.ADDRESSES, List.of("131.107.1.17"))
                        .with(NodeAttribute.CERTIFICATE, "mail.contoso.com"));
            case "device-relay":
                return Seeds.withNode(s, "mfp", n -> n.with(NodeAttribute.ADDRESSES, List.of("203.0.113.25")));
            case "filter-in-front":
                return withLinks(s, Link.of("filter", "exo"));
            case "fix-spf":
                return Seeds.withNode(s, "appgw", n -> n.with(NodeAttribute.ADDRESSES, List.of("203.0.113.30")));
            case "single-point":
                return withLinks(s, Link.of("erp", "appgw2"), Link.of("monitor", "appgw2"), Link.of("appgw2", "internet"));
            default:
                throw new IllegalArgumentException("no fix written for " + id);
        }
    }

    private static Scenario withLinks(Scenario s, Link... more) {
        List<Link> links = new ArrayList<>(s.links());
        links.addAll(List.of(more));
        return new Scenario(s.name(), s.description(), s.profile(), s.tenant(), s.spfAll(), s.domains(), s.nodes(),
                links, s.layout(), s.extras(), s.stages());
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void theIntendedFixCompletesIt(String id) throws Exception {
        List<ExerciseCheck.Result> results = check(fixed(id));
        assertTrue(ExerciseCheck.complete(results), () -> id + ": " + results);
    }

    @Test
    void aHalfFixIsStillIncomplete() throws Exception {
        // The spare gateway wired to the Internet, but no application sends through it yet.
        List<ExerciseCheck.Result> results = check(withLinks(load("single-point"), Link.of("appgw2", "internet")));
        assertFalse(results.get(0).met(), results.toString());
        assertFalse(ExerciseCheck.complete(results));
    }

    @Test
    void aMalformedExerciseNamesThePlace() {
        Scenario s = Seeds.template("cloud-only");
        UnaryOperator<Map<String, Object>> with = e -> e;
        Scenario bad = new Scenario(s.name(), s.description(), s.profile(), s.tenant(), s.spfAll(), s.domains(),
                s.nodes(), s.links(), s.layout(), Map.of("exercise", with.apply(Map.of("goal", "g",
                "complete", List.of(Map.of("type", "teleport"))))), s.stages());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exercise.of(bad));
        assertTrue(e.getMessage().startsWith("exercise.complete[0].type: unknown condition \"teleport\""), e.getMessage());
        assertTrue(Exercise.of(s).isEmpty());
    }
}
