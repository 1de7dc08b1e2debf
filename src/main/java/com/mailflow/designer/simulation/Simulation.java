package com.mailflow.designer.simulation;

import com.mailflow.designer.routing.Flow;
import java.util.List;
import java.util.Optional;

/**
 * One message sent through the design: the flow it takes and every hop up to delivery or to the
 * hop where it fails.
 *
 * @param from the sending node's id
 * @param to a domain of the scenario, or {@link Simulator#OUTSIDE}
 * @param senderDomain the domain in the message's From address, or null for an outside sender
 * @param flow the analysis's flow the message follows, or null when the design has none for it
 */
public record Simulation(String scenario, String from, String to, String senderDomain, Flow flow, List<Hop> hops) {
    public Simulation {
        hops = List.copyOf(hops);
    }

    public boolean delivered() {
        return hops.stream().noneMatch(Hop::fails);
    }

    /** The failing decision, when the message does not get through. */
    public Optional<Step> failure() {
        return hops.stream().flatMap(h -> h.steps().stream()).filter(s -> s.verdict() == Verdict.FAIL).findFirst();
    }
}
