package com.mailflow.designer.edit;

import com.mailflow.designer.model.Scenario;

/** One user edit over the immutable model: a description for the Undo menu and a pure function. */
public interface Command {
    /** For the menu: "Undo Move 3 nodes". */
    String description();

    /** The scenario after the edit; returning {@code before} itself means the edit changes nothing. */
    Scenario apply(Scenario before);

    static Command of(String description, java.util.function.UnaryOperator<Scenario> edit) {
        return new Command() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public Scenario apply(Scenario before) {
                return edit.apply(before);
            }
        };
    }
}
