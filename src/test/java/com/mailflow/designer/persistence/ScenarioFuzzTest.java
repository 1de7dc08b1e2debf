package com.mailflow.designer.persistence;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.export.ExportFormat;
import com.mailflow.designer.export.ExportOptions;
import com.mailflow.designer.export.Exports;
import com.mailflow.designer.model.Scenario;
import java.util.Optional;

/**
 * Jazzer fuzz tests. Under {@code mvn test} each replays its inputs directory
 * (src/test/resources/.../ScenarioFuzzTestInputs/METHOD); with {@code JAZZER_FUZZ=1} it fuzzes
 * (docs/robustness.md has the command) and stores any failing input there.
 */
class ScenarioFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void loader(byte[] input) {
        LoadOutcome.check(input);
    }

    /** The first byte picks the export format; the rest is the file. */
    @FuzzTest(maxDuration = "5m")
    void loadAnalyseExport(FuzzedDataProvider data) throws Exception {
        ExportFormat format = data.pickValue(ExportFormat.values());
        byte[] file = data.consumeRemainingAsBytes();
        Optional<Report> report = LoadOutcome.check(file);
        if (report.isPresent()) {
            Scenario scenario = ScenarioReader.read(file);
            Exports.render(format, scenario, report.get(), ExportOptions.defaults());
        }
    }
}
