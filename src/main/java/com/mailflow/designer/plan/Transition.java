package com.mailflow.designer.plan;

import java.util.List;

/**
 * The steps from one stage to the next; {@code from} is null for the greenfield set-up of the first.
 */
public record Transition(String from, String to, List<Step> steps) {
    public Transition {
        steps = List.copyOf(steps);
    }

    public boolean isGreenfield() {
        return from == null;
    }

    /** Two stages that differ in nothing: the plan says so. */
    public boolean changesNothing() {
        return steps.isEmpty();
    }

    public List<Step> inPhase(Phase phase) {
        return steps.stream().filter(s -> s.phase() == phase).toList();
    }
}
