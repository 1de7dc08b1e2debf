package com.mailflow.designer.export;

import com.mailflow.designer.export.text.TerminalText;
import com.mailflow.designer.simulation.Hop;
import com.mailflow.designer.simulation.Simulation;
import com.mailflow.designer.simulation.Step;
import com.mailflow.designer.simulation.Verdict;

/** A simulation as numbered hops, each decision on its own line with its source, for a terminal or a handout. */
public final class SimulationText {
    private SimulationText() {
    }

    public static String write(Simulation s) {
        StringBuilder out = new StringBuilder();
        out.append("Message from ").append(esc(s.from()))
                .append(s.senderDomain() == null ? "" : " (as " + esc(s.senderDomain()) + ")")
                .append(" to ").append(esc(s.to())).append('\n');
        if (s.flow() != null) {
            out.append("Path: ").append(esc(String.join(" -> ", s.flow().path()))).append("\n");
        }
        int n = 1;
        for (Hop hop : s.hops()) {
            out.append('\n').append(n++).append(". ").append(esc(hop.from()));
            if (!hop.from().equals(hop.to())) {
                out.append(" -> ").append(esc(hop.to()));
            }
            out.append('\n');
            for (Step step : hop.steps()) {
                out.append("   [").append(step.verdict().id()).append("] ").append(esc(step.text())).append('\n');
                out.append("        source: ").append(step.source().title()).append(" <").append(step.source().where())
                        .append(">\n");
                if (step.verdict() == Verdict.FAIL && step.ndr() != null) {
                    out.append("        NDR: ").append(step.ndr()).append('\n');
                }
            }
        }
        out.append('\n').append(s.delivered() ? "Result: delivered"
                : "Result: not delivered (" + s.failure().map(f -> f.ndr() == null ? "" : f.ndr().toString()).orElse("")
                + ")").append('\n');
        return out.toString();
    }

    private static String esc(String text) {
        return TerminalText.escape(text);
    }
}
