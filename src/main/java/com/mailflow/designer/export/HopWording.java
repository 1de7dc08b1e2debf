package com.mailflow.designer.export;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.simulation.Hop;
import com.mailflow.designer.simulation.Simulation;
import com.mailflow.designer.simulation.Step;

/**
 * How the step-by-step handouts (HTML, Markdown, PDF) word a simulation's title, hops, sources and
 * result: once, in the names people gave the boxes. The terminal text keeps ids, which are what
 * {@code simulate --from} takes.
 */
public final class HopWording {
    private final NodeNames names;

    public HopWording(Scenario scenario) {
        names = new NodeNames(scenario);
    }

    public String title(Simulation s) {
        return "A message from " + names.name(s.from()) + " to " + s.to();
    }

    /** The scenario, and the sender domain when one was chosen. */
    public String subtitle(Simulation s) {
        return s.scenario() + (s.senderDomain() == null ? "" : " \u00b7 sent as " + s.senderDomain());
    }

    public String hop(int number, Hop hop) {
        String heading = "Hop " + number + ": " + names.name(hop.from());
        return hop.from().equals(hop.to()) ? heading : heading + " \u2192 " + names.name(hop.to());
    }

    public static String source(Step step) {
        return step.source().title() + " (" + step.source().where() + ")";
    }

    public static String result(Simulation s) {
        return s.delivered() ? "Delivered." : "Not delivered: " + s.failure().map(f -> String.valueOf(f.ndr())).orElse("");
    }
}
