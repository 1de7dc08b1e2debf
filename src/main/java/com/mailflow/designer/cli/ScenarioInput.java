package com.mailflow.designer.cli;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.AtomicFiles;
import com.mailflow.designer.persistence.LoadProblem;
import com.mailflow.designer.persistence.LoadedScenario;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.ScenarioReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** Loads the scenario a command names, printing one {@code error:} line per problem. */
final class ScenarioInput {
    private ScenarioInput() {
    }

    /**
     * Refuses an output that is the input itself (also through a link): writing it would destroy
     * the scenario. True when {@code out} may be written.
     */
    static boolean outputIsNotInput(Path file, Path out, PrintWriter err) {
        if (out != null && AtomicFiles.sameFile(file, out)) {
            ErrorLine.print(err, out, "is the scenario file itself; choose another output file");
            return false;
        }
        return true;
    }

    /**
     * The stage a command works on: the one asked for, or the last (the target). Empty, after one
     * error line, when the file has no such stage.
     */
    static Optional<String> stage(Scenario scenario, String requested, String option, PrintWriter err) {
        if (requested == null) {
            return Optional.of(scenario.lastStageId());
        }
        if (!scenario.stageIds().contains(requested)) {
            ErrorLine.print(err, option + " " + requested, "the file has no such stage; its stages are "
                    + String.join(", ", scenario.stageIds()));
            return Optional.empty();
        }
        return Optional.of(requested);
    }

    /** Text to OUT (atomically) or standard output; false, after an error line, when OUT can't be written. */
    static boolean emit(CommandSpec spec, Path out, String text) {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return true;
        }
        try {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            ErrorLine.cantWrite(spec.commandLine().getErr(), out, e);
            return false;
        }
    }

    /** The scenario a command reads and writes elsewhere: refused (a line on err) when OUT is the input. */
    static Optional<Scenario> loadForOutput(Path file, Path out, PrintWriter err) {
        return outputIsNotInput(file, out, err) ? load(file, err) : Optional.empty();
    }

    /**
     * Loads {@code file} (refusing {@code out} equal to it) and gives the single-stage scenario of
     * {@code stage} (null: the last); empty after printing what is wrong.
     */
    static Optional<Scenario> loadStage(Path file, Path out, String stage, PrintWriter err) {
        Optional<Scenario> scenario = loadForOutput(file, out, err);
        if (scenario.isEmpty()) {
            return Optional.empty();
        }
        return stage(scenario.get(), stage, "--stage", err).map(id -> scenario.get().inStage(id));
    }

    /** The scenario in {@code file}; its malformed optional parts are warned about on {@code err}, and not used. */
    static Optional<Scenario> load(Path file, PrintWriter err) {
        try {
            LoadedScenario loaded = ScenarioReader.load(file);
            for (LoadProblem w : loaded.warnings()) {
                ErrorLine.warning(err, w.path(), w.message());
            }
            return Optional.of(loaded.scenario());
        } catch (ScenarioFormatException e) {
            for (LoadProblem p : e.problems()) {
                ErrorLine.print(err, p.path().isEmpty() ? file : p.path(), p.message());
            }
            return Optional.empty();
        }
    }
}
