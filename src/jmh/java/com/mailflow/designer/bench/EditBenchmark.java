package com.mailflow.designer.bench;

import com.mailflow.designer.edit.CommandStack;
import com.mailflow.designer.edit.DeleteSelection;
import com.mailflow.designer.edit.MoveNodes;
import com.mailflow.designer.edit.NodeEdits;
import com.mailflow.designer.edit.ScenarioDiff;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.Map;
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
 * The non-FX work of one edit at canvas scale: apply the command (with the stack's no-op
 * check) and diff the scenarios for the canvas. The analysis is AnalysisBenchmark's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EditBenchmark {
    @Param({"1000", "5000"})
    int nodes;

    Scenario scenario;
    Scenario moved;
    Scenario renamed;
    int tick;

    @Setup
    public void setUp() {
        scenario = com.mailflow.designer.fixtures.TopologyGenerator.generate(nodes, 42);
        moved = MoveNodes.drag(Map.of("gw3", new Position(500, 380))).apply(scenario);
        renamed = NodeEdits.rename("gw3", "Renamed").apply(scenario);
    }

    @Benchmark
    public Scenario moveOneNodeThroughTheStack() {
        CommandStack stack = new CommandStack(scenario);
        stack.push(MoveNodes.drag(Map.of("gw3", new Position(500, 20 * (++tick % 50)))));
        return stack.current();
    }

    @Benchmark
    public ScenarioDiff diffAfterMove() {
        return ScenarioDiff.between(scenario, moved);
    }

    @Benchmark
    public ScenarioDiff diffAfterRename() {
        return ScenarioDiff.between(scenario, renamed);
    }

    @Benchmark
    public Scenario deleteANodeWithItsLinks() {
        return new DeleteSelection(Selection.ofNode("gw3")).apply(scenario);
    }
}
