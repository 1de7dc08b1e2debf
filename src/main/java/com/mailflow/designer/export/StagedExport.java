package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.Phase;
import com.mailflow.designer.plan.Plan;
import com.mailflow.designer.plan.Planner;
import com.mailflow.designer.plan.Transition;
import java.util.Map;
import java.util.Objects;

/**
 * What an export of a staged file needs beyond the exported stage: every stage and its report
 * (handouts show them all), the plan, and for the script the phase asked for.
 *
 * @param stage the exported stage: the script and the zone hold the transition into it
 * @param phase the one phase the script holds, or null for all
 */
public record StagedExport(Scenario scenario, String stage, Map<String, Report> reports, Plan plan, Phase phase) {
    public StagedExport {
        Objects.requireNonNull(scenario, "scenario");
        reports = Map.copyOf(reports);
    }

    /** Every stage analysed once, and the plan from those reports. */
    public static StagedExport of(Scenario scenario, String stage, Phase phase) {
        Planner planner = new Planner();
        Map<String, Report> reports = planner.reports(scenario);
        return new StagedExport(scenario, stage, reports, planner.plan(scenario, reports), phase);
    }

    /** The exported stage's own report. */
    public Report report() {
        return reports.get(stage);
    }

    public Transition transition() {
        return plan.into(stage).orElseThrow();
    }
}
