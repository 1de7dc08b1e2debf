package com.mailflow.designer.edit;

import com.mailflow.designer.model.Scenario;

/** One user edit over the immutable model: a description for the Undo menu and a pure function. */
public interface Command {
    /** For the menu: "Undo Move 3 nodes". */
    String description();

    /**
     * What the status line and the Undo menu say, worded for a person: commands that name nodes
     * override this to use the nodes' names in {@code before} (ids are for files and scripts).
     */
    default String description(Scenario before) {
        return description();
    }

    /** The scenario after the edit; returning {@code before} itself means the edit changes nothing. */
    Scenario apply(Scenario before);

    /** A command whose description names nodes: worded against the scenario it is applied to. */
    static Command of(String fallback, java.util.function.Function<Scenario, String> description,
                      java.util.function.UnaryOperator<Scenario> edit) {
        return new Command() {
            @Override
            public String description() {
                return fallback;
            }

            @Override
            public String description(Scenario before) {
                return description.apply(before);
            }

            @Override
            public Scenario apply(Scenario before) {
                return edit.apply(before);
            }
        };
    }

    static Command of(String description, java.util.function.UnaryOperator<Scenario> edit) {
        return of(description, before -> description, edit);
    }
}
