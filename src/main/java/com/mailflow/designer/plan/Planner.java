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
        Map<String, Report> reports = new LinkedHashMap<>();
        for (String id : scenario.stageIds()) {
            reports.put(id, analyzer.analyze(scenario.inStage(id)));
        }
        return reports;
    }

    public Plan plan(Scenario scenario) {
        return plan(scenario, reports(scenario));
    }

    /** The plan from reports already made (the designer and the exports have them). */
    public Plan plan(Scenario scenario, Map<String, Report> reports) {
        List<String> ids = scenario.stageIds();
        List<Transition> transitions = new ArrayList<>();
        Zone published = Zone.empty();
        String fromId = null;
        Scenario from = null;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Scenario to = scenario.inStage(id);
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
