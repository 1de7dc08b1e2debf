package com.mailflow.designer.simulation;

import com.mailflow.designer.Golden;
import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.export.SimulationText;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hop narrative of every flow of every template, against its reviewed text. */
class SimulationGoldenTest {
    static Stream<String> templates() {
        return TemplateCatalog.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyFlowsNarrativeMatchesGolden(String id) throws Exception {
        Scenario s = Seeds.template(id);
        Report report = new Analyzer().analyze(s);
        Set<String> asked = new LinkedHashSet<>();
        for (Flow f : report.flows()) {
            String to = f.kind() == FlowKind.OUTBOUND ? Simulator.OUTSIDE : f.domain();
            asked.add(f.from() + "\n" + to);
        }
        StringBuilder out = new StringBuilder();
        for (String pair : asked) {
            String[] p = pair.split("\n");
            out.append("=== ").append(p[0]).append(" -> ").append(p[1]).append(" ===\n");
            out.append(SimulationText.write(Simulator.simulate(s, report, p[0], p[1]))).append('\n');
        }
        Golden.assertMatches("simulation/" + id + ".txt", out.toString());
    }
}
