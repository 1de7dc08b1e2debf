package com.mailflow.designer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.export.ReportJson;
import com.mailflow.designer.fixtures.TopologyGenerator;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.routing.FlowKind;
import org.junit.jupiter.api.Test;

/** Scale correctness (speed is measured by AnalysisBenchmark, not here). */
class LargeTopologyTest {
    @Test
    void tenThousandNodesAnalyzeRoundTripAndStayDeterministic() throws Exception {
        Scenario scenario = TopologyGenerator.generate(10_000, 7);
        assertEquals(10_000, scenario.nodes().size());
        Scenario reloaded = ScenarioReader.read(ScenarioWriter.toJson(scenario));
        assertEquals(scenario, reloaded);
        Report report = new Analyzer().analyze(scenario);
        assertEquals(ReportJson.write(report), ReportJson.write(new Analyzer().analyze(reloaded)));
        assertTrue(report.flows().stream().anyMatch(f -> f.kind() == FlowKind.CROSS_PREMISES));
        assertTrue(report.flows().stream().filter(f -> f.kind() == FlowKind.INTERNAL).count() > 9_000);
        assertFalse(report.hasFindingAtLeast(Severity.ERROR), () -> report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).limit(3).toList().toString());
    }
}
