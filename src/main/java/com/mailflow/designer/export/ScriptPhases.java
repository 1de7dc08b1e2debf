package com.mailflow.designer.export;

import com.mailflow.designer.plan.Phase;
import com.mailflow.designer.plan.PowerShellCommand.Verb;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.plan.StepKind;
import com.mailflow.designer.plan.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The phases of the script, from the plan's transition into the exported stage (plan.md section
 * 3): Prepare and LockDown always (they hold the design's connectors and restrictions), the others
 * when the plan has steps in them; with {@code only}, just that one. Each phase writes its plan
 * steps: commands run, the rest printed as what to do by hand, in the plan's order and words.
 */
final class ScriptPhases {
    private static final String INDENT = ExchangeOnlineScript.INDENT;
    /** What Prepare's data and LockDown's checked restrictions already do. */
    private static final Set<Verb> COVERED = Set.of(Verb.CREATE, Verb.ALLOW_LIST_ADD, Verb.RESTRICT);

    private final Transition transition;
    private final Phase only;

    ScriptPhases(Transition transition, Phase only) {
        this.transition = transition;
        this.only = only;
    }

    List<Phase> phases() {
        List<Phase> phases = new ArrayList<>();
        for (Phase p : Phase.values()) {
            boolean present = p == Phase.PREPARE || p == Phase.LOCKDOWN || !transition.inPhase(p).isEmpty();
            if (present && (only == null || only == p)) {
                phases.add(p);
            }
        }
        return phases;
    }

    boolean has(Phase phase) {
        return phases().contains(phase);
    }

    /** The phase's own function (not Prepare's or LockDown's, which the script writes around their steps). */
    void function(ScriptBuilder script, Phase phase) {
        script.heading("Phase " + phase.title()).line("function Invoke-" + phase.title() + " {");
        steps(script, phase);
        script.line(INDENT + "Write-Host " + PowerShellText.quote(phase.title() + " is done."))
                .line("}");
    }

    /** The plan's steps of this phase that the script's own code does not already do. */
    void steps(ScriptBuilder script, Phase phase) {
        for (Step s : transition.inPhase(phase)) {
            boolean covered = s.powershell().stream().anyMatch(c -> COVERED.contains(c.verb()))
                    || phase == Phase.LOCKDOWN && s.kind() == StepKind.MANUAL;
            if (covered) {
                continue;
            }
            script.comment(INDENT, "Step " + s.n() + " (" + phase.title() + "): " + s.title());
            if (s.why() != null) {
                script.paragraph(INDENT, "  Why: " + s.why());
            }
            s.dns().forEach(c -> script.comment(INDENT, "  DNS: " + PlanWording.dns(c)));
            if (s.check() != null) {
                script.paragraph(INDENT, "  Check: " + s.check());
            }
            if (s.rollback() != null) {
                script.paragraph(INDENT, "  Rollback: " + s.rollback());
            }
            if (s.kind() == StepKind.POWERSHELL) {
                for (String command : PlanCommands.block(s).split("\n")) {
                    script.line(INDENT + command);
                }
                script.line(INDENT + "Write-Host " + PowerShellText.quote("Done: " + s.title()));
            } else {
                String hand = s.kind() == StepKind.WAIT ? s.title() + " (" + s.why() + ")"
                        : "By hand" + (s.kind() == StepKind.DNS ? " (DNS): " : ": ") + String.join("; ",
                        PlanWording.what(s));
                script.line(INDENT + "Write-Host " + PowerShellText.quote("Step " + s.n() + ". " + hand));
            }
        }
    }
}
