package com.mailflow.designer.persistence;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that can't be loaded, with every problem found. */
public class ScenarioFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<LoadProblem> problems;

    public ScenarioFormatException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public ScenarioFormatException(String path, String message) {
        this(List.of(new LoadProblem(path, message)));
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
