package com.mailflow.designer.ui.properties;

import java.util.function.Consumer;
import javafx.scene.control.ComboBox;

/** A yes/no attribute that may also be absent (the kind's default, or "unknown"). */
final class TriStateChoice extends ComboBox<String> {
    private static final String YES = "Yes";
    private static final String NO = "No";
    private final String unset;
    private boolean updating;

    TriStateChoice(String id, String unset, Consumer<Boolean> commit) {
        this.unset = unset;
        setId(id);
        getItems().addAll(unset, YES, NO);
        setMaxWidth(Double.MAX_VALUE);
        valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                commit.accept(v.equals(unset) ? null : v.equals(YES));
            }
        });
    }

    void show(Boolean value) {
        updating = true;
        setValue(value == null ? unset : value ? YES : NO);
        updating = false;
    }
}
