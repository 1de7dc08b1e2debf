package com.mailflow.designer.ui.viewmodel;

import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.Planner;
import com.mailflow.designer.plan.Transition;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.ui.service.TaskExecutor;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Re-runs the analysis after every edit, off the UI thread. Results of an older scenario that
 * arrive after a newer request are dropped (latest wins).
 */
public final class AnalysisViewModel {
    /** Made on the worker by the first analysis: its rule classes need not load before the window shows. */
    private Planner planner;
    private final TaskExecutor executor;
    private final DocumentViewModel document;
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final ObjectProperty<Transition> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<String>> nodesWithErrors = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<Flow> highlightedFlow = new SimpleObjectProperty<>();
    private long requested;

    public AnalysisViewModel(DocumentViewModel document, TaskExecutor executor) {
        this.document = document;
        this.executor = executor;
        document.scenarioProperty().addListener((o, before, s) -> {
            if (!sameSemantics(before, s)) {
                analyze(s);
            }
        });
        analyze(document.scenario());
    }

    /** Positions never influence the analysis, so a move (layout only) needs no new report. */
    static boolean sameSemantics(Scenario a, Scenario b) {
        return a.nodes() == b.nodes() && a.links() == b.links() && a.domains() == b.domains()
                && a.name().equals(b.name()) && a.effectiveProfile() == b.effectiveProfile()
                && a.effectiveSpfAll() == b.effectiveSpfAll() && java.util.Objects.equals(a.tenant(), b.tenant())
                && a.stages().equals(b.stages())
                && java.util.Objects.equals(a.description(), b.description());
    }

    private void analyze(Scenario scenario) {
        long generation = ++requested;
        // The shown stage is the last (the target); its plan is the transition into it (plan.md section 4).
        String stage = scenario.lastStageId();
        executor.submitLatest(() -> {
            Map<String, Report> reports = planner().reports(scenario);
            return Map.entry(reports.get(stage), planner().plan(scenario, reports).into(stage).orElseThrow());
        }, r -> {
            if (generation == requested) {
                apply(r.getKey());
                plan.set(r.getValue());
            }
        }, e -> {
            if (generation == requested) {
                document.setStatus("The analysis failed: " + e);
            }
        });
    }

    private synchronized Planner planner() {
        if (planner == null) {
            planner = new Planner();
        }
        return planner;
    }

    private void apply(Report r) {
        report.set(r);
        Set<String> errors = new HashSet<>();
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR) {
                errors.addAll(f.nodes());
            }
        }
        nodesWithErrors.set(Set.copyOf(errors));
        highlightedFlow.set(null);
    }

    public ObjectProperty<Report> reportProperty() {
        return report;
    }

    /** The steps into the shown stage (for a file without stages, its set-up). */
    public ObjectProperty<Transition> planProperty() {
        return plan;
    }

    public ObjectProperty<Set<String>> nodesWithErrorsProperty() {
        return nodesWithErrors;
    }

    public ObjectProperty<Flow> highlightedFlowProperty() {
        return highlightedFlow;
    }

    public List<Finding> findingsFor(String nodeId) {
        Report r = report.get();
        return r == null ? List.of() : r.findings().stream().filter(f -> f.nodes().contains(nodeId)).toList();
    }
}
