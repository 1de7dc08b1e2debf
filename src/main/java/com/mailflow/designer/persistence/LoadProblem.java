package com.mailflow.designer.persistence;

/** One thing wrong with a scenario file, at a JSON path such as {@code nodes[3].addresses[0]}. */
public record LoadProblem(String path, String message) {
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
