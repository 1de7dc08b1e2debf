package com.mailflow.designer.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Steps as the planners find them; numbered in phase order (stable within a phase) at the end. */
final class StepList {
    private final List<Step> steps = new ArrayList<>();

    void dns(Phase phase, String title, String why, DnsChange change, String check, String rollback) {
        dns(phase, title, why, change, check, rollback, null);
    }

    void dns(Phase phase, String title, String why, DnsChange change, String check, String rollback,
             Integer waitMinutes) {
        steps.add(new Step(0, phase, StepKind.DNS, title, why, List.of(change), List.of(), check, rollback,
                waitMinutes));
    }

    void powershell(Phase phase, String title, String why, PowerShellCommand command, String check,
                    String rollback) {
        steps.add(new Step(0, phase, StepKind.POWERSHELL, title, why, List.of(), List.of(command), check, rollback,
                null));
    }

    void check(Phase phase, String title, String why, String check) {
        steps.add(new Step(0, phase, StepKind.CHECK, title, why, List.of(), List.of(), check, null, null));
    }

    void manual(Phase phase, String title, String why, String check, String rollback) {
        steps.add(new Step(0, phase, StepKind.MANUAL, title, why, List.of(), List.of(), check, rollback, null));
    }

    void waitFor(String title, String why, int minutes, String check) {
        steps.add(new Step(0, Phase.WAIT, StepKind.WAIT, title, why, List.of(), List.of(), check, null, minutes));
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    boolean any(Phase phase) {
        return steps.stream().anyMatch(s -> s.phase() == phase);
    }

    List<Step> numbered() {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(Step::phase));
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.add(sorted.get(i).numbered(i + 1));
        }
        return out;
    }
}
