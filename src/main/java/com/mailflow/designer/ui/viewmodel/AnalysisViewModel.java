package com.mailflow.designer.ui.viewmodel;

import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.Plan;
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
    /** The last finished analysis: every stage's report and the plan, so that choosing a stage needs no new run. */
    private Analysed last;

    private record Analysed(Scenario scenario, Map<String, Report> reports, Plan plan) {
    }

    public AnalysisViewModel(DocumentViewModel document, TaskExecutor executor) {
        this.document = document;
        this.executor = executor;
        document.scenarioProperty().addListener((o, before, s) -> {
            if (!sameSemantics(before, s)) {
                analyze(s);
            }
        });
        document.stageProperty().addListener((o, a, stage) -> {
            // After a move (layout only) no new analysis ran, and the last one still holds.
            if (last != null && sameSemantics(last.scenario(), document.scenario())) {
                show(last, stage);
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
        // Every stage is analysed, as the plan needs them all; the selected one is shown (plan.md section 4).
        executor.submitLatest(() -> {
            Map<String, Report> reports = planner().reports(scenario);
            return new Analysed(scenario, reports, planner().plan(scenario, reports));
        }, r -> {
            if (generation == requested) {
                last = r;
                show(r, document.stage());
            }
        }, e -> {
            if (generation == requested) {
                document.setStatus("The analysis failed: " + e);
            }
        });
    }

    /** The selected stage's report and the transition into it (for the first stage, its set-up). */
    private void show(Analysed analysed, String stage) {
        Report r = analysed.reports().get(stage);
        if (r != null) {
            apply(r);
            plan.set(analysed.plan().into(stage).orElse(null));
        }
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

    /** The steps into the selected stage (for the first stage or a file without stages, its set-up). */
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
