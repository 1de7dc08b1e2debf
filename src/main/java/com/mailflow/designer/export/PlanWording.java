package com.mailflow.designer.export;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.Stage;
import com.mailflow.designer.plan.DnsChange;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.plan.Transition;
import java.util.ArrayList;
import java.util.List;

/**
 * The words around a plan's steps, in one place for the runbook, the handouts and the script: a
 * transition's heading, a DNS change as old -> new, the lines that say what a step does.
 */
public final class PlanWording {
    private PlanWording() {
    }

    /** A stage's name; the one implicit stage of a file without stages goes by the scenario's name. */
    public static String stageName(Scenario scenario, String id) {
        return scenario.stageById(id).map(Stage::name).orElse(scenario.isStaged() ? id : scenario.name());
    }

    public static String heading(Scenario scenario, Transition t) {
        return t.isGreenfield() ? "Set up " + stageName(scenario, t.to()) + " (from nothing)"
                : "From " + stageName(scenario, t.from()) + " to " + stageName(scenario, t.to());
    }

    /** What a plan says when two stages differ in nothing. */
    public static String nothing(Scenario scenario, Transition t) {
        return t.isGreenfield() ? stageName(scenario, t.to()) + " holds nothing to set up."
                : stageName(scenario, t.from()) + " and " + stageName(scenario, t.to())
                + " differ in nothing: no step is needed.";
    }

    public static String dns(DnsChange c) {
        String record = c.name() + " " + c.type().name();
        return switch (c.action()) {
            case ADD -> "add " + record + " " + c.to() + " (TTL " + c.ttl() + ")";
            case REMOVE -> "remove " + record + " " + c.from();
            case CHANGE -> c.ttlOnly() ? "change " + record + " " + c.from() + ": TTL -> " + c.ttl()
                    : "change " + record + ": " + c.from() + " -> " + c.to() + " (TTL " + c.ttl() + ")";
        };
    }

    /** The step's title, then its DNS changes, its PowerShell and its wait, one line each. */
    public static List<String> what(Step s) {
        List<String> lines = new ArrayList<>();
        lines.add(s.title());
        s.dns().forEach(c -> lines.add("DNS: " + dns(c)));
        if (!s.powershell().isEmpty()) {
            lines.add("PowerShell: " + PlanCommands.block(s));
        }
        if (s.waitMinutes() != null) {
            lines.add(waitText(s));
        }
        return lines;
    }

    static String waitText(Step s) {
        return s.kind() == com.mailflow.designer.plan.StepKind.WAIT ? "Wait: " + s.waitMinutes() + " minutes"
                : "Then wait " + s.waitMinutes() + " minutes (the old TTL) before the cutover";
    }
}
