package com.mailflow.designer.cli;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.LoadProblem;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Loads the scenario a command names, printing one {@code error:} line per problem. */
final class ScenarioInput {
    private ScenarioInput() {
    }

    static Optional<Scenario> load(Path file, PrintWriter err) {
        try {
            return Optional.of(ScenarioReader.read(file));
        } catch (ScenarioFormatException e) {
            for (LoadProblem p : e.problems()) {
                err.println("error: " + (p.path().isEmpty() ? file.toString() : p.path()) + ": " + p.message());
            }
            err.flush();
            return Optional.empty();
        }
    }
}
