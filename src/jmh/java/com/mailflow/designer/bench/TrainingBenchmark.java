package com.mailflow.designer.bench;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.fixtures.TopologyGenerator;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import com.mailflow.designer.routing.Resilience;
import com.mailflow.designer.routing.Router;
import com.mailflow.designer.routing.Routing;
import com.mailflow.designer.routing.SinglePoints;
import com.mailflow.designer.simulation.WhatIf;
import java.util.List;
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
 * Training mode against the analysis it builds on (issue 14's budgets): a what-if (one gateway
 * failed) on a 1,000-node drawing should cost no more than one analysis, and the single points of
 * failure of every flow at 10,000 nodes no more than twice the analysis. {@code analyze} includes
 * the resilience key; {@code route} is the flow search alone. Run:
 * {@code java -jar target/benchmarks.jar TrainingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingBenchmark {
    @Param({"1000", "10000"})
    public int nodes;

    private Scenario scenario;
    private ScenarioIndex index;
    private Routing routing;
    private Report report;
    private final Analyzer analyzer = new Analyzer();

    @Setup
    public void generate() {
        scenario = TopologyGenerator.generate(nodes, 42);
        index = ScenarioIndex.of(scenario);
        routing = Router.route(index);
        report = analyzer.analyze(scenario);
    }

    @Benchmark
    public Report analyze() {
        return analyzer.analyze(scenario);
    }

    @Benchmark
    public Routing route() {
        return Router.route(ScenarioIndex.of(scenario));
    }

    @Benchmark
    public List<SinglePoints> singlePoints() {
        return Resilience.of(index, routing);
    }

    @Benchmark
    public WhatIf whatIfGatewayDown() {
        return WhatIf.of(scenario, report, Set.of("gw0"), Set.of());
    }
}
