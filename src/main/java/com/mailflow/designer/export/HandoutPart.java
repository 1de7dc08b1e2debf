package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.plan.Transition;
import com.mailflow.designer.export.diagram.NodeMarks;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of a handout: a file without stages is one untitled part; a staged file is one part per
 * stage (its diagram and tables), then the plan, one table per transition (plan.md section 3).
 * PDF, HTML and Markdown all follow it.
 *
 * @param heading null for the one part of a file without stages
 * @param diagram the scenario whose diagram the part shows, or null (the plan)
 */
public record HandoutPart(String heading, Scenario diagram, List<HandoutSection> sections, NodeMarks marks) {
    public HandoutPart {
        sections = List.copyOf(sections);
    }

    public static List<HandoutPart> of(Scenario scenario, Report report, ExportOptions options) {
        StagedExport staged = options.staged();
        if (staged == null || !staged.scenario().isStaged()) {
            return List.of(new HandoutPart(null, scenario, HandoutSection.of(new HandoutTables(scenario, report)),
                    NodeMarks.of(report)));
        }
        List<HandoutPart> parts = new ArrayList<>();
        Scenario all = staged.scenario();
        for (String id : all.stageIds()) {
            Scenario stage = all.inStage(id);
            parts.add(new HandoutPart("Stage: " + PlanWording.stageName(all, id), stage,
                    HandoutSection.of(new HandoutTables(stage, staged.reports().get(id))),
                    NodeMarks.of(staged.reports().get(id))));
        }
        List<HandoutSection> plan = new ArrayList<>();
        for (Transition t : staged.plan().transitions()) {
            plan.add(new HandoutSection(PlanWording.heading(all, t), List.of(table(all, t)), false,
                    PlanWording.nothing(all, t)));
        }
        parts.add(new HandoutPart("Cut-over plan", null, plan, NodeMarks.NONE));
        return parts;
    }

    /** A transition as a table, in the Plan tab's columns ({@link ResultColumns#plan()}). */
    static Table table(Scenario scenario, Transition t) {
        List<Column<Step>> columns = ResultColumns.plan();
        NodeNames names = new NodeNames(scenario);
        List<List<String>> rows = t.steps().stream().map(s -> ResultColumns.row(columns, s, names)).toList();
        return new Table("plan-" + (t.from() == null ? "setup" : t.from()) + "-" + t.to(), "Plan",
                ResultColumns.headers(columns), rows);
    }
}
