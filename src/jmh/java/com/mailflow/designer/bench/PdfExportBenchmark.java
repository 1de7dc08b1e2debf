package com.mailflow.designer.bench;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.export.ExportFormat;
import com.mailflow.designer.export.ExportOptions;
import com.mailflow.designer.export.Exports;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PDF handout of a generated scenario, analysis included (what File > Export does with a
 * scenario already in memory). Run:
 * {@code mvn -Pbench -DskipTests package && java -jar target/benchmarks.jar PdfExportBenchmark}.
 * The command line's cold start (JVM, loading, JIT) comes on top; see docs/export.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class PdfExportBenchmark {
    @Param({"1000"})
    public int nodes;

    private Scenario scenario;

    @Setup
    public void generate() {
        scenario = TopologyGenerator.generate(nodes, 42);
    }

    @Benchmark
    public byte[] analyseAndRenderPdf() throws Exception {
        return Exports.render(ExportFormat.PDF, scenario, new Analyzer().analyze(scenario), ExportOptions.defaults());
    }
}
