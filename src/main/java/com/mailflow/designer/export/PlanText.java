package com.mailflow.designer.export;

import com.mailflow.designer.export.text.TerminalText;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.Plan;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.plan.Transition;
import java.util.List;

/** The plan as a numbered runbook a consultant can read aloud; text from the file is escaped. */
public final class PlanText {
    private PlanText() {
    }

    public static String write(Scenario scenario, Plan plan, List<Transition> transitions) {
        StringBuilder out = new StringBuilder();
        out.append("Cut-over plan: ").append(TerminalText.escape(plan.scenario())).append('\n');
        out.append("Stages: ").append(TerminalText.escape(String.join(" -> ", plan.stages().stream()
                .map(id -> PlanWording.stageName(scenario, id)).toList()))).append('\n');
        for (Transition t : transitions) {
            out.append('\n').append(TerminalText.escape(PlanWording.heading(scenario, t))).append('\n');
            if (t.changesNothing()) {
                out.append("  ").append(TerminalText.escape(PlanWording.nothing(scenario, t))).append('\n');
            }
            for (Step s : t.steps()) {
                step(out, s);
            }
        }
        return out.toString();
    }

    private static void step(StringBuilder out, Step s) {
        out.append(String.format("%3d. [%s] %s%n", s.n(), s.phase().title(), TerminalText.escape(s.title())));
        line(out, "Why", s.why());
        s.dns().forEach(c -> line(out, "DNS", PlanWording.dns(c)));
        if (!s.powershell().isEmpty()) {
            out.append("       PowerShell:\n");
            for (String command : PlanCommands.block(s).split("\n")) {
                out.append("         ").append(TerminalText.escape(command)).append('\n');
            }
        }
        if (s.waitMinutes() != null) {
            out.append("       ").append(PlanWording.waitText(s)).append('\n');
        }
        line(out, "Check", s.check());
        line(out, "Rollback", s.rollback());
    }

    private static void line(StringBuilder out, String label, String text) {
        if (text != null) {
            out.append("       ").append(label).append(": ").append(TerminalText.escape(text)).append('\n');
        }
    }
}
