package com.mailflow.designer.plan;

import java.util.List;
import java.util.Optional;

/** The cut-over plan of a scenario: the greenfield set-up of its first stage, then every transition. */
public record Plan(String scenario, List<String> stages, List<Transition> transitions) {
    public Plan {
        stages = List.copyOf(stages);
        transitions = List.copyOf(transitions);
    }

    /** The transition into {@code stage} (the greenfield set-up for the first). */
    public Optional<Transition> into(String stage) {
        return transitions.stream().filter(t -> t.to().equals(stage)).findFirst();
    }
}
