package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files built to hurt: positions no drawing can hold, text that is not text, numbers a double can't keep. */
class HostileInputTest {
    /** What a person must never read in a message: Jackson, Java, or a hint to "enable" a parser feature. */
    static final Pattern INTERNALS = Pattern.compile(
            "com\\.fasterxml|jackson|JsonReadFeature|StreamReadFeature|java\\.|Exception|\\benable\\b|JsonNode"
                    + "|REDACTED|Source:", Pattern.CASE_INSENSITIVE);

    private static String doc(String extra) {
        return "{\"format\": \"mailflow-scenario\", \"version\": 1, \"name\": \"t\", \"domains\": [],"
                + " \"nodes\": [{\"id\": \"gw\", \"kind\": \"gateway\", \"name\": \"G\"}], \"links\": []" + extra + "}";
    }

    private static List<LoadProblem> problems(String json) {
        return assertThrows(ScenarioFormatException.class, () -> ScenarioReader.read(json)).problems();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Infinity", "-Infinity", "NaN", "1e308", "5e18", "-10000001", "1e400", "10000000.5"})
    void aPositionOutsideTheBoundIsRefusedAtItsPath(String x) {
        List<LoadProblem> problems = problems(doc(", \"layout\": {\"gw\": {\"x\": " + x + ", \"y\": 0}}"));
        assertEquals("layout.gw.x", problems.get(0).path(), problems::toString);
        problems.forEach(p -> assertFalse(INTERNALS.matcher(p.message()).find(), p.message()));
    }

    @Test
    void positionsUpToTheBoundLoad() throws ScenarioFormatException {
        Scenario s = ScenarioReader.read(doc(", \"layout\": {\"gw\": {\"x\": -10000000, \"y\": 1e7}}"));
        assertEquals(new Position(-10_000_000, 10_000_000), s.position("gw").orElseThrow());
    }

    @Test
    void aPositionBeyondTheBoundIsSavedAtTheBoundSoTheFileOpensAgain() throws ScenarioFormatException {
        Scenario s = ScenarioReader.read(doc("")).withLayout(java.util.Map.of("gw", new Position(5e18, Double.NaN)));
        assertEquals(new Position(ScenarioDecoder.POSITION_LIMIT, 0),
                ScenarioReader.read(ScenarioWriter.toJson(s)).position("gw").orElseThrow());
    }

    @Test
    void aLoneSurrogateIsRefusedWhereverItIs() {
        assertEquals("x", problems(doc(", \"x\": \"a\\ud800b\"")).get(0).path());
        assertEquals("nodes[0].name", problems(doc("").replace("\"G\"", "\"\\udc00\"")).get(0).path());
        assertTrue(problems(doc(", \"y\": {\"\\udfff\": 1}")).get(0).message().contains("not valid Unicode"));
    }

    @Test
    void aSurrogatePairIsText() throws ScenarioFormatException {
        assertEquals("\ud83d\udce7", ScenarioReader.read(doc("").replace("\"G\"", "\"\\ud83d\\udce7\"")).nodes().get(0).name());
    }

    @Test
    void aNumberADoubleCantHoldInAnUnknownKeyIsRefused() {
        assertEquals("future.limit", problems(doc(", \"future\": {\"limit\": 1e400}")).get(0).path());
    }

    @Test
    void exactNumbersInUnknownKeysSurviveASave() throws ScenarioFormatException {
        String json = doc(", \"future\": [0.10000000000000000000001, 123456789012345678901234567890, -0.5, 0.0, -1e7,"
                + " 1.50]");
        String saved = ScenarioWriter.toJson(ScenarioReader.read(json));
        assertTrue(saved.contains("0.10000000000000000000001"), saved);
        assertTrue(saved.contains("123456789012345678901234567890"), saved);
        assertEquals(saved, ScenarioWriter.toJson(ScenarioReader.read(saved)));
        assertEquals(ScenarioReader.read(json), ScenarioReader.read(saved), "0.0 came back as another number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "99999999999999999999"})
    void aNewerVersionSaysSo(String version) {
        List<LoadProblem> problems = problems(doc("").replace("\"version\": 1", "\"version\": " + version));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("made by a newer version than this program reads"),
                problems::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 'x'}", "{\"a\": tru}", "{\"a\": 01}", "{\"a\": 1, \"a\": 2}", "{\"a\": [1,}",
            "{\"a\": \"\\q\"}", "{\"a\": \"x\ny\"}", "{\"a\" 1}", "{\"a\": 1}}", "{\"a\": 1} x", "{\"a\": [",
            "{\"a\": -}", "{\"a\": 1e}", "{\"a\": .5}", "{\"a\": +1}", "{\"a\": 0x10}", "{/* c */}", "{\"a\": \"\\u12\"}",
            "{\"a\": 11111111111111111111111111111111111111111111111111111111111111111111111}", "{\"a\": 1e77777777777}"})
    void brokenJsonIsDescribedWithoutParserInternals(String json) {
        List<LoadProblem> problems = problems(json);
        assertEquals(1, problems.size());
        String message = problems.get(0).message();
        assertTrue(message.startsWith("not valid JSON") || message.contains("oversized"), message);
        assertFalse(INTERNALS.matcher(message).find(), message);
    }

    @Test
    void tooManyNodesAreRefusedBeforeDecoding() {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i <= ScenarioDecoder.MAX_NODES; i++) {
            nodes.append(i == 0 ? "" : ",").append("{\"id\": \"n").append(i).append("\", \"kind\": \"device\", \"name\": \"d\"}");
        }
        String json = "{\"format\": \"mailflow-scenario\", \"version\": 1, \"name\": \"t\", \"domains\": [], \"nodes\": ["
                + nodes + "], \"links\": []}";
        List<LoadProblem> problems = problems(json);
        assertEquals("nodes", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("at most " + ScenarioDecoder.MAX_NODES), problems::toString);
    }
}
