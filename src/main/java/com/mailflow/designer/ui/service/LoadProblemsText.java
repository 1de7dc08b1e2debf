package com.mailflow.designer.ui.service;

import com.mailflow.designer.persistence.LoadProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the user reads when a file does not open: a headline, one sentence, and the details
 * (every problem, with its place in the file) for whoever wants them.
 */
public record LoadProblemsText(String headline, String sentence, String details) {
    public static LoadProblemsText of(Path file, List<LoadProblem> problems) {
        String name = String.valueOf(file.getFileName());
        String details = file.toAbsolutePath() + "\n\n" + problems.stream().map(LoadProblem::toString)
                .collect(Collectors.joining("\n"));
        boolean wholeFile = problems.size() == 1 && problems.get(0).path().isEmpty();
        if (wholeFile) {
            return new LoadProblemsText("This is not a scenario file: " + name,
                    sentence(problems.get(0).message()) + " Scenario files are the JSON files Mailflow Designer"
                            + " saves (*.mailflow.json). The open document was left as it was.", details);
        }
        int n = problems.size();
        return new LoadProblemsText(name + " is not a scenario this version can open (" + n
                + (n == 1 ? " problem)" : " problems)"),
                (n == 1 ? "" : "The first: ") + sentence(problems.get(0).toString())
                        + " The open document was left as it was.", details);
    }

    /** A file that opened with parts of it not used ({@code LoadedScenario.warnings}). */
    public static LoadProblemsText warnings(Path file, List<LoadProblem> warnings) {
        String details = file.toAbsolutePath() + "\n\n" + warnings.stream().map(LoadProblem::toString)
                .collect(Collectors.joining("\n"));
        return new LoadProblemsText(file.getFileName() + " opened, but " + ignored(warnings) + " not used",
                (warnings.size() == 1 ? "" : "The first: ") + sentence(warnings.get(0).toString())
                        + " The rest of the file opened as usual.",
                details);
    }

    /** "1 part of it was", "3 parts of it were". */
    public static String ignored(List<LoadProblem> warnings) {
        int n = warnings.size();
        return n == 1 ? "1 part of it was" : n + " parts of it were";
    }

    private static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return "";
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}
