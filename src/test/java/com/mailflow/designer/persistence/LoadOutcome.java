package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one property every hostile input must keep (the fuzz test and the seeded mutation test
 * share it): the loader refuses with readable reasons, or accepts a scenario that analyses and
 * saves to a file that loads back to the same scenario. Anything else is an exception the test reports.
 */
final class LoadOutcome {
    /** Parser internals, looked for outside quoted user text. */
    private static final Pattern INTERNALS = Pattern.compile(
            "com\\.fasterxml|JsonReadFeature|StreamReadFeature|JsonNode|Exception\\b|\\benable\\b|REDACTED|Source:");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

    private LoadOutcome() {
    }

    /** The analysed scenario, or empty when the input was refused properly. */
    static Optional<Report> check(byte[] input) {
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(input);
        } catch (ScenarioFormatException e) {
            assertFalse(e.problems().isEmpty(), "refused without a reason");
            for (LoadProblem p : e.problems()) {
                assertFalse(p.message().isBlank(), "a problem without a message at " + p.path());
                // Problems at a JSON path repeat the file's own values; the parser speaks only at the root.
                if (p.path().isEmpty()) {
                    String ours = QUOTED.matcher(p.message()).replaceAll("''");
                    assertFalse(INTERNALS.matcher(ours).find(), "parser internals in: " + p.message());
                }
            }
            return Optional.empty();
        }
        Report report = new Analyzer().analyze(scenario);
        try {
            assertEquals(scenario, ScenarioReader.read(ScenarioWriter.toJson(scenario)), "the round trip changed it");
        } catch (ScenarioFormatException e) {
            throw new AssertionError("a scenario the loader accepted was saved to a file it refuses: " + e.problems());
        }
        return Optional.of(report);
    }
}
