package com.mailflow.designer.export;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.Plan;
import com.mailflow.designer.plan.Transition;
import java.util.List;

/** The plan as Markdown: one table per transition, the handout's ({@link HandoutPart#table}). */
public final class PlanMarkdown {
    private PlanMarkdown() {
    }

    public static String write(Scenario scenario, Plan plan, List<Transition> transitions) {
        StringBuilder out = new StringBuilder();
        out.append("# Cut-over plan: ").append(MarkdownText.inline(plan.scenario(), false)).append("\n");
        sections(out, scenario, transitions, "##");
        return out.toString();
    }

    /** The transitions' tables under headings of this level (the handout nests them). */
    static void sections(StringBuilder out, Scenario scenario, List<Transition> transitions, String level) {
        for (Transition t : transitions) {
            out.append('\n').append(level).append(' ').append(MarkdownText.inline(PlanWording.heading(scenario, t),
                    false)).append("\n\n");
            if (t.changesNothing()) {
                out.append(MarkdownText.line(PlanWording.nothing(scenario, t))).append('\n');
                continue;
            }
            MarkdownExport.table(out, HandoutPart.table(scenario, t));
        }
    }
}
