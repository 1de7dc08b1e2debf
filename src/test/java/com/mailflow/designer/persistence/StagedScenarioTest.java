package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.export.ReportJson;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.testing.TwoStages;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Format version 2 (plan.md section 1): stages, per-element presence, per-stage rules, byte-stable saves. */
class StagedScenarioTest {
    private static final String STAGED = """
            {"format": "mailflow-scenario", "version": 2, "name": "Contoso to Exchange Online",
             "stages": [{"id": "today", "name": "Today"}, {"id": "hybrid", "name": "Coexistence", "notes": "batches"},
                        {"id": "target", "name": "All in Exchange Online", "spfAll": "~all"}],
             "nodes": [{"id": "internet", "kind": "internet", "name": "Internet"},
                       {"id": "exch", "kind": "mail-server", "name": "Exchange 2016", "stages": ["today", "hybrid"],
                        "addresses": ["131.107.1.18"], "hostname": "mail.contoso.com"},
                       {"id": "exo", "kind": "cloud-service", "name": "Exchange Online", "stages": ["hybrid", "target"]}],
             "links": [{"from": "internet", "to": "exch", "stages": ["today"]},
                       {"from": "exch", "to": "internet", "stages": ["today"]},
                       {"from": "internet", "to": "exo", "stages": ["hybrid", "target"]},
                       {"from": "exo", "to": "internet", "stages": ["hybrid", "target"]},
                       {"from": "exo", "to": "exch", "domains": ["contoso.com"], "stages": ["hybrid"]},
                       {"from": "exch", "to": "exo", "stages": ["hybrid"]}],
             "domains": [{"name": "contoso.com", "mailboxes": ["exch"], "stages": ["today"]},
                         {"name": "contoso.com", "mailboxes": ["exch", "exo"], "stages": ["hybrid"]},
                         {"name": "contoso.com", "mailboxes": ["exo"], "stages": ["target"]}],
             "layout": {"exch": {"x": 10, "y": 20}}}
            """;

    @Test
    void aStagedFileLoadsWithItsStagesAndSavesAsVersionTwoByteStable() throws Exception {
        Scenario s = ScenarioReader.read(STAGED);
        assertEquals(List.of("today", "hybrid", "target"), s.stageIds());
        assertEquals("target", s.lastStageId());
        String saved = ScenarioWriter.toJson(s);
        assertTrue(saved.contains("\"version\": 2"), saved);
        assertEquals(saved, ScenarioWriter.toJson(ScenarioReader.read(saved)));
        assertEquals(s, ScenarioReader.read(saved));
    }

    @Test
    void aStageHoldsOnlyItsElementsAndItsSpfPolicy() throws Exception {
        Scenario s = ScenarioReader.read(STAGED);
        Scenario today = s.inStage("today");
        assertEquals(List.of("internet", "exch"), today.nodes().stream().map(n -> n.id()).toList());
        assertEquals(2, today.links().size());
        assertEquals(List.of("exch"), today.domains().get(0).mailboxes());
        assertFalse(today.isStaged());
        assertEquals("~all", s.inStage("target").effectiveSpfAll().term());
        assertEquals("-all", today.effectiveSpfAll().term());
    }

    @Test
    void aFileWithoutStagesIsOneDefaultStageAndStaysVersionOne() throws Exception {
        Scenario s = TemplateCatalog.load("hybrid-mx-onprem").orElseThrow();
        assertEquals(List.of(Scenario.DEFAULT_STAGE), s.stageIds());
        assertEquals(s, s.inStage(Scenario.DEFAULT_STAGE));
        assertTrue(ScenarioWriter.toJson(s).contains("\"version\": 1"));
        Scenario staged = ScenarioReader.read(STAGED);
        String unstaged = ScenarioWriter.toJson(staged.inStage("hybrid"));
        assertTrue(unstaged.contains("\"version\": 1") && !unstaged.contains("stages"), unstaged);
    }

    @Test
    void everyStageRuleNamesThePathAndTheStage() {
        String broken = STAGED.replace("{\"from\": \"exch\", \"to\": \"exo\", \"stages\": [\"hybrid\"]}",
                        "{\"from\": \"exch\", \"to\": \"exo\", \"stages\": [\"hybrid\", \"target\"]}")
                .replace("{\"from\": \"exo\", \"to\": \"internet\", \"stages\": [\"hybrid\", \"target\"]}",
                        "{\"from\": \"exo\", \"to\": \"internet\", \"stages\": [\"hybrid\", \"target\"]},"
                                + " {\"from\": \"exo\", \"to\": \"internet\", \"stages\": [\"target\", \"later\"]}");
        List<String> problems = problems(broken);
        assertEquals(List.of(
                "links[4].stages[1]: there is no stage 'later'",
                "links[4]: in stage 'target': there is already a link from 'exo' to 'internet'",
                "links[6].from: in stage 'target' its end 'exch' is not present"), problems);
    }

    @Test
    void entriesSharingAnIdMustBeOfDisjointStagesAndOneKind() {
        String twice = STAGED.replace("{\"id\": \"exo\", \"kind\": \"cloud-service\", \"name\": \"Exchange Online\","
                + " \"stages\": [\"hybrid\", \"target\"]}", "{\"id\": \"exo\", \"kind\": \"cloud-service\", \"name\":"
                + " \"Exchange Online\", \"stages\": [\"hybrid\", \"target\"]}, {\"id\": \"exo\", \"kind\": \"gateway\","
                + " \"name\": \"EXO\", \"stages\": [\"target\"]}, {\"id\": \"internet\", \"kind\": \"internet\","
                + " \"name\": \"Net\", \"stages\": [\"today\"]}");
        assertEquals(List.of(
                "nodes[3].kind: the id 'exo' is a cloud-service in another entry: entries sharing an id are one machine"
                        + " and keep its kind",
                "nodes[4].id: in stage 'today': the id 'internet' is used by another node already",
                "nodes[3].id: in stage 'target': the id 'exo' is used by another node already"), problems(twice));
    }

    @Test
    void aDomainsMailboxNodeMustBePresentInItsStages() {
        String absent = STAGED.replace("{\"name\": \"contoso.com\", \"mailboxes\": [\"exo\"], \"stages\": [\"target\"]}",
                "{\"name\": \"contoso.com\", \"mailboxes\": [\"exch\"], \"stages\": [\"target\"]}");
        assertEquals(List.of("domains[2].mailboxes[0]: in stage 'target' its mailbox node 'exch' is not present"),
                problems(absent));
    }

    @Test
    void badStagesAreRefusedAtTheirPath() {
        assertEquals(List.of("stages[1].id: 'Hybrid' is not a valid stage id: use lower-case letters, digits and '-',"
                + " starting with a letter or digit"), problems(STAGED.replace("\"id\": \"hybrid\"", "\"id\": \"Hybrid\"")
                .replace("\"stages\": [\"hybrid\"]", "\"stages\": [\"today\"]").replace("[\"hybrid\", ", "[")
                .replace("[\"today\", \"hybrid\"]", "[\"today\"]").replace("\"mailboxes\": [\"exch\", \"exo\"], "
                        + "\"stages\": [\"today\"]", "\"mailboxes\": [\"exo\"], \"stages\": [\"target\"]")).subList(0, 1));
        assertTrue(problems(STAGED.replace("\"stages\": [\"today\"]}", "\"stages\": []}")).contains(
                "links[0].stages: is empty: leave the key out for an element of every stage"));
    }

    static Stream<List<String>> templatePairs() {
        List<String> ids = TemplateCatalog.ids();
        return java.util.stream.IntStream.range(0, ids.size()).mapToObj(i -> List.of(ids.get(i),
                ids.get((i + 1) % ids.size())));
    }

    /** plan.md: each stage is analysed exactly as a file holding only its elements would be. */
    @ParameterizedTest
    @MethodSource("templatePairs")
    void everyTemplateAsATwoStageFileAnalysesEachStageAsAFileOfItsElements(List<String> pair) throws Exception {
        Scenario first = last(TemplateCatalog.load(pair.get(0)).orElseThrow());
        Scenario second = last(TemplateCatalog.load(pair.get(1)).orElseThrow());
        String file = ScenarioWriter.toJson(TwoStages.of(first, second));
        Scenario staged = ScenarioReader.read(file);
        assertEquals(file, ScenarioWriter.toJson(staged));
        Analyzer analyzer = new Analyzer();
        assertEquals(ReportJson.write(analyzer.analyze(first)), ReportJson.write(analyzer.analyze(staged.inStage("one"))));
        for (String stage : staged.stageIds()) {
            Scenario alone = ScenarioReader.read(Json.MAPPER.writeValueAsString(onlyStage(Json.MAPPER.readTree(file),
                    stage)));
            assertEquals(ReportJson.write(analyzer.analyze(alone)), ReportJson.write(analyzer.analyze(staged.inStage(stage))),
                    stage);
        }
    }

    private static Scenario last(Scenario s) {
        return s.inStage(s.lastStageId());
    }

    /** The JSON of a version 1 file holding only the elements of {@code stage}, made without the model. */
    private static JsonNode onlyStage(JsonNode file, String stage) {
        ObjectNode root = ((ObjectNode) file).deepCopy();
        root.put("version", 1);
        JsonNode policy = null;
        for (JsonNode s : root.get("stages")) {
            if (s.get("id").asText().equals(stage)) {
                policy = s.get("spfAll");
            }
        }
        root.remove("stages");
        if (policy != null) {
            root.set("spfAll", policy);
        }
        for (String key : List.of("nodes", "links", "domains")) {
            ArrayNode kept = root.putArray(key + "-kept");
            for (JsonNode item : root.get(key)) {
                JsonNode stages = item.get("stages");
                boolean present = stages == null;
                for (int i = 0; stages != null && i < stages.size(); i++) {
                    present |= stages.get(i).asText().equals(stage);
                }
                if (present) {
                    kept.add(((ObjectNode) item.deepCopy()).without("stages"));
                }
            }
            root.set(key, kept);
            root.remove(key + "-kept");
        }
        return root;
    }

    private static List<String> problems(String json) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioReader.read(json));
        return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }
}
