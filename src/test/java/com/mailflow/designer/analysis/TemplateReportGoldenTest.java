package com.mailflow.designer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.mailflow.designer.Golden;
import com.mailflow.designer.export.ReportJson;
import com.mailflow.designer.export.TextReport;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in template, analyzed, against its reviewed report (JSON and text). */
class TemplateReportGoldenTest {
    static Stream<String> templates() {
        return TemplateCatalog.ids().stream();
    }

    /** A staged template is analysed as the command line does by default: its last stage. */
    private static Scenario load(String id) throws Exception {
        Scenario s = TemplateCatalog.load(id).orElseThrow();
        return s.inStage(s.lastStageId());
    }

    @Test
    void theCatalogHoldsATemplatePerSeedScenarioAndThreeMigrations() {
        assertEquals(17, TemplateCatalog.ids().size(), TemplateCatalog.ids()::toString);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void jsonReportMatchesGolden(String id) throws Exception {
        Golden.assertMatches("report/" + id + ".json", ReportJson.write(new Analyzer().analyze(load(id))));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void textReportMatchesGolden(String id) throws Exception {
        Golden.assertMatches("report/" + id + ".txt", TextReport.write(new Analyzer().analyze(load(id))));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void templatesAreStoredExactlyAsTheProgramSavesThem(String id) throws Exception {
        String stored = new String(TemplateCatalog.class.getResourceAsStream("/assets/templates/" + id
                + ".mailflow.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(stored, ScenarioWriter.toJson(TemplateCatalog.load(id).orElseThrow()));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateNodeHasAPositionAndNoErrors(String id) throws Exception {
        Scenario scenario = load(id);
        scenario.nodes().forEach(n -> assertFalse(scenario.position(n.id()).isEmpty(), n.id() + " has no position"));
        assertFalse(new Analyzer().analyze(scenario).hasFindingAtLeast(Severity.ERROR), id + " has errors");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void movingEveryBoxChangesNothingInTheReport(String id) throws Exception {
        Scenario scenario = load(id);
        Map<String, Position> moved = new HashMap<>();
        scenario.layout().forEach((node, p) -> moved.put(node, p.translate(137, -42)));
        assertEquals(ReportJson.write(new Analyzer().analyze(scenario)),
                ReportJson.write(new Analyzer().analyze(scenario.withLayout(moved))));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void analysisIsDeterministic(String id) throws Exception {
        Scenario scenario = load(id);
        assertEquals(new Analyzer().analyze(scenario), new Analyzer().analyze(load(id)));
    }

}
