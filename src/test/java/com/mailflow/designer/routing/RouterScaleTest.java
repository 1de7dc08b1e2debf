package com.mailflow.designer.routing;

import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.ScenarioFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing is a breadth-first search per target, never an enumeration of simple paths. */
class RouterScaleTest {
    private static final int LAYERS = 30;

    /**
     * exch, then 30 layers of two gateways each, then the Internet; every node of a layer links to
     * both nodes of the next layer, in both directions: 2^30 simple paths each way.
     */
    private static ScenarioFixture ladder() {
        ScenarioFixture s = scenario().internet("internet").mailServer("exch", "131.107.1.18")
                .domain("contoso.com", "exch");
        for (int i = 0; i < LAYERS; i++) {
            s.gateway("L" + i + "a", "131.107.2." + (2 * i + 1)).gateway("L" + i + "b", "131.107.2." + (2 * i + 2));
        }
        for (String x : List.of("a", "b")) {
            s.link("exch", "L0" + x).link("L0" + x, "exch");
            s.link("L" + (LAYERS - 1) + x, "internet").link("internet", "L" + (LAYERS - 1) + x);
        }
        for (int i = 0; i + 1 < LAYERS; i++) {
            for (String x : List.of("a", "b")) {
                for (String y : List.of("a", "b")) {
                    s.link("L" + i + x, "L" + (i + 1) + y).link("L" + (i + 1) + y, "L" + i + x);
                }
            }
        }
        return s;
    }

    @Test
    void ladderWithExponentiallyManyRoutesIsAnalyzedWithoutEnumeratingThem() {
        ScenarioFixture fixture = ladder();
        Report report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new Analyzer().analyze(fixture.build()));

        List<String> up = new ArrayList<>();
        up.add("exch");
        for (int i = 0; i < LAYERS; i++) {
            up.add("L" + i + "a");
        }
        up.add("internet");
        List<String> down = new ArrayList<>(up);
        java.util.Collections.reverse(down);

        Flow outbound = report.flows().stream().filter(f -> f.kind() == FlowKind.OUTBOUND).findFirst().orElseThrow();
        Flow inbound = report.flows().stream().filter(f -> f.kind() == FlowKind.INBOUND).findFirst().orElseThrow();
        assertEquals(up, outbound.path());
        assertEquals(down, inbound.path());
    }
}
