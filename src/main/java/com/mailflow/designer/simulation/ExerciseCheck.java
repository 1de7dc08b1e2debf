package com.mailflow.designer.simulation;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import java.util.ArrayList;
import java.util.List;

/**
 * "Check my design": each condition of an exercise, met or not, said without giving the answer
 * away (what is still wrong, never what to change).
 */
public final class ExerciseCheck {
    /** One condition's state and the sentence shown for it. */
    public record Result(Condition condition, boolean met, String text) {
    }

    private final Scenario scenario;
    private final Report report;

    private ExerciseCheck(Scenario scenario, Report report) {
        this.scenario = scenario;
        this.report = report;
    }

    public static List<Result> check(Exercise exercise, Scenario scenario, Report report) {
        ExerciseCheck c = new ExerciseCheck(scenario, report);
        List<Result> out = new ArrayList<>();
        for (Condition condition : exercise.complete()) {
            out.add(c.check(condition));
        }
        return out;
    }

    public static boolean complete(List<Result> results) {
        return results.stream().allMatch(Result::met);
    }

    private Result check(Condition condition) {
        if (condition instanceof Condition.NoFindings n) {
            Severity at = n.severity().equals("warning") ? Severity.WARNING : Severity.ERROR;
            long count = report.findings().stream().filter(f -> f.severity().atLeast(at)).count();
            return new Result(n, count == 0, count == 0 ? "No " + n.severity() + " findings."
                    : "Not yet: the analysis still has " + count + " finding" + (count == 1 ? "" : "s") + " at "
                    + n.severity() + " level or worse.");
        }
        if (condition instanceof Condition.SpfPasses s) {
            return spf(s);
        }
        if (condition instanceof Condition.EntersThrough e) {
            List<Flow> inbound = report.flows().stream()
                    .filter(f -> f.kind() == FlowKind.INBOUND && f.domain().equals(e.domain())).toList();
            boolean met = !inbound.isEmpty() && inbound.stream().allMatch(f -> f.path().contains(e.node()));
            return new Result(e, met, met ? "Inbound mail for " + e.domain() + " enters through " + e.node() + "."
                    : "Not yet: " + (inbound.isEmpty() ? "Internet mail for " + e.domain() + " reaches no mailbox."
                    : "some inbound mail for " + e.domain() + " does not pass " + e.node() + "."));
        }
        if (condition instanceof Condition.Delivers d) {
            Simulation s = simulate(d.from(), d.to(), null);
            boolean met = s != null && s.delivered();
            return new Result(d, met, met ? "A message from " + d.from() + " to " + d.to() + " is delivered."
                    : "Not yet: a message from " + d.from() + " to " + d.to() + " does not get through"
                    + (s == null ? " (that sender or recipient is not in the design)." : "; simulate it to see where."));
        }
        Condition.NoSinglePoint n = (Condition.NoSinglePoint) condition;
        long count = report.findings().stream()
                .filter(f -> f.code().equals("resilience.single-point") && n.domain().equals(f.domain())).count();
        return new Result(n, count == 0, count == 0 ? "No single node carries all of " + n.domain() + "'s mail."
                : "Not yet: one node still carries all of " + n.domain() + "'s inbound or outbound mail.");
    }

    private Result spf(Condition.SpfPasses s) {
        Simulation sim = simulate(s.node(), Simulator.OUTSIDE, s.domain());
        boolean met = sim != null && sim.hops().stream().flatMap(h -> h.steps().stream())
                .anyMatch(step -> step.kind() == StepKind.SPF && step.verdict() == Verdict.PASS);
        return new Result(s, met, met ? "SPF of " + s.domain() + " passes for mail from " + s.node() + "."
                : "Not yet: SPF of " + s.domain() + " does not pass for mail from " + s.node() + ".");
    }

    private Simulation simulate(String from, String to, String as) {
        try {
            return Simulator.simulate(scenario, report, from, to, as);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
