package com.mailflow.designer.bench;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.fixtures.TopologyGenerator;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.Stage;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.plan.Plan;
import com.mailflow.designer.plan.Planner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cut-over plan of a generated 3-stage scenario (issue 10): {@code plan} analyses every stage
 * and derives the plan; {@code analyseStagesOnly} is the analyses alone, so the difference is what
 * the plan adds (the budget: at most one more analysis per stage). Run:
 * {@code mvn -Pbench -DskipTests package && java -jar target/benchmarks.jar PlanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {
    private static final List<String> TODAY_HYBRID = List.of("today", "hybrid");
    private static final List<String> HYBRID_TARGET = List.of("hybrid", "target");

    @Param({"1000"})
    public int nodes;

    private Scenario scenario;
    private final Planner planner = new Planner();

    @Setup
    public void generate() throws Exception {
        scenario = ScenarioReader.read(ScenarioWriter.toJson(staged(TopologyGenerator.generate(nodes, 42))));
    }

    /**
     * Three stages of one topology: every tenth sending node (application servers, devices) is
     * retired after the hybrid stage, and every seventh link is replaced by a link of the later
     * stages, so each transition adds, removes and reroutes.
     */
    static Scenario staged(Scenario base) {
        Map<String, List<String>> nodeStages = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < base.nodes().size(); i++) {
            Node n = base.nodes().get(i);
            boolean retired = i % 10 == 0 && Set.of(NodeKind.APP_SERVER, NodeKind.DEVICE).contains(n.kind());
            if (retired) {
                nodeStages.put(n.id(), TODAY_HYBRID);
            }
            nodes.add(retired ? n.withStages(TODAY_HYBRID) : n);
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < base.links().size(); i++) {
            Link l = base.links().get(i);
            List<String> ends = nodeStages.getOrDefault(l.from(), nodeStages.get(l.to()));
            if (ends != null) {
                links.add(l.withStages(ends));
            } else if (i % 7 == 0) {
                links.add(l.withStages(List.of("today")));
                links.add(l.withLabel("rerouted").withStages(HYBRID_TARGET));
            } else {
                links.add(l);
            }
        }
        return base.withNodes(nodes).withLinks(links).withStages(List.of(Stage.of("today", "Today"),
                Stage.of("hybrid", "Coexistence"), Stage.of("target", "Target")));
    }

    @Benchmark
    public Plan plan() {
        return planner.plan(scenario);
    }

    @Benchmark
    public Map<String, Report> analyseStagesOnly() {
        return planner.reports(scenario);
    }
}
