package com.mailflow.designer.cli;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.AtomicFiles;
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

    static Optional<Scenario> load(Path file, PrintWriter err) {
        try {
            return Optional.of(ScenarioReader.read(file));
        } catch (ScenarioFormatException e) {
            for (LoadProblem p : e.problems()) {
                ErrorLine.print(err, p.path().isEmpty() ? file : p.path(), p.message());
            }
            return Optional.empty();
        }
    }
}
