package com.mailflow.designer.bench;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.fixtures.TopologyGenerator;
import com.mailflow.designer.model.Scenario;
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
 * Analysis alone (load excluded) on generated topologies. Ten warm-up rounds: at 10,000 nodes one
 * round is only a handful of calls, and the JIT needs about eight to settle. Run:
 * {@code mvn -Pbench -DskipTests package && java -jar target/benchmarks.jar AnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {
    @Param({"100", "1000", "10000"})
    public int nodes;

    private Scenario scenario;
    private final Analyzer analyzer = new Analyzer();

    @Setup
    public void generate() {
        scenario = TopologyGenerator.generate(nodes, 42);
    }

    @Benchmark
    public Report analyze() {
        return analyzer.analyze(scenario);
    }
}
