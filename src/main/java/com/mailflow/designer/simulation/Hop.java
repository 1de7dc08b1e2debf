package com.mailflow.designer.simulation;

import java.util.List;

/**
 * The message moving from one node to the next, and what the receiving side decides.
 *
 * @param from node id of the system that sends (for the first hop: the sender itself)
 * @param to node id of the system that receives
 */
public record Hop(String from, String to, List<Step> steps) {
    public Hop {
        steps = List.copyOf(steps);
    }

    public boolean fails() {
        return steps.stream().anyMatch(s -> s.verdict() == Verdict.FAIL);
    }
}
