package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Scenario;
import java.util.List;

/** Derives the report of analysis.md from a scenario. Pure: same scenario, same report. */
public final class Analyzer {
    public Report analyze(Scenario scenario) {
        // Placeholder until the rules land (same session); keeps the API stable for export and UI.
        return new Report(scenario.name(), scenario.effectiveProfile(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }
}
