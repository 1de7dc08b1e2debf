package com.mailflow.designer.plan;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cut-over plan of a scenario (plan.md section 2): each stage analysed on its own, then the
 * greenfield set-up of the first and each transition derived from two reports and the two
 * stages' elements. It adds no analysis of its own.
 */
public final class Planner {
    private final Analyzer analyzer;

    public Planner(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Planner() {
        this(new Analyzer());
    }

    /** Each stage's single-stage report, in stage order. */
    public Map<String, Report> reports(Scenario scenario) {
        return reports(stages(scenario));
    }

    private Map<String, Report> reports(Map<String, Scenario> stages) {
        Map<String, Report> reports = new LinkedHashMap<>();
        stages.forEach((id, stage) -> reports.put(id, analyzer.analyze(stage)));
        return reports;
    }

    public Plan plan(Scenario scenario) {
        Map<String, Scenario> stages = stages(scenario);
        return plan(scenario, stages, reports(stages));
    }

    /** The plan from reports already made (the designer and the exports have them). */
    public Plan plan(Scenario scenario, Map<String, Report> reports) {
        return plan(scenario, stages(scenario), reports);
    }

    /** Each stage's single-stage scenario, made once: the analysis and the plan read the same. */
    private static Map<String, Scenario> stages(Scenario scenario) {
        Map<String, Scenario> stages = new LinkedHashMap<>();
        scenario.stageIds().forEach(id -> stages.put(id, scenario.inStage(id)));
        return stages;
    }

    private Plan plan(Scenario scenario, Map<String, Scenario> stages, Map<String, Report> reports) {
        List<String> ids = scenario.stageIds();
        List<Transition> transitions = new ArrayList<>();
        Zone published = Zone.empty();
        String fromId = null;
        Scenario from = null;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Scenario to = stages.get(id);
            TransitionPlanner.Result result = TransitionPlanner.plan(fromId, from,
                    fromId == null ? null : reports.get(fromId), published, id,
                    scenario.stageById(id).map(Stage::name).orElse(scenario.name()), to, reports.get(id),
                    i == ids.size() - 1);
            transitions.add(result.transition());
            published = result.published();
            fromId = id;
            from = to;
        }
        return new Plan(scenario.name(), ids, transitions);
    }
}
