package com.mailflow.designer.cli;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.export.text.TerminalText;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.simulation.Exercise;
import com.mailflow.designer.simulation.ExerciseCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check an exercise file: its goal, and which of its conditions still fail (no answers given).")
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a scenario file with an exercise")
    private Path file;

    @Option(names = "--hints", description = "also print the exercise's hints")
    private boolean hints;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> scenario = ScenarioInput.load(file, err);
        if (scenario.isEmpty()) {
            return ExitCodes.INVALID;
        }
        Scenario single = scenario.get().inStage(scenario.get().lastStageId());
        Optional<Exercise> exercise;
        try {
            exercise = Exercise.of(single);
        } catch (IllegalArgumentException e) {
            ErrorLine.print(err, file, e.getMessage());
            return ExitCodes.INVALID;
        }
        if (exercise.isEmpty()) {
            ErrorLine.print(err, file, "the file has no exercise (an \"exercise\" object at the top level)");
            return ExitCodes.INVALID;
        }
        Report report = new Analyzer().analyze(single);
        List<ExerciseCheck.Result> results = ExerciseCheck.check(exercise.get(), single, report);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Goal: " + TerminalText.escape(exercise.get().goal()));
        if (hints) {
            exercise.get().hints().forEach(h -> out.println("Hint: " + TerminalText.escape(h)));
        }
        for (ExerciseCheck.Result r : results) {
            out.println((r.met() ? "[done] " : "[open] ") + TerminalText.escape(r.text()));
        }
        boolean complete = ExerciseCheck.complete(results);
        out.println(complete ? "Exercise complete." : "Not complete yet.");
        out.flush();
        return complete ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
