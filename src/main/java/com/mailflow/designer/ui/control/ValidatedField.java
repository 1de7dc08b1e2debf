package com.mailflow.designer.ui.control;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A text field that checks its value as the user types: an invalid value is marked, its
 * reason shown under the field, and it never reaches the model. A valid value is committed
 * on Enter or when the field loses focus (one undo step per field edit).
 */
public final class ValidatedField<T> extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final Function<String, Parsed<T>> parser;
    private final Consumer<T> commit;
    private String committedText = "";
    private Consumer<String> onRefused;

    public ValidatedField(String id, Function<String, Parsed<T>> parser, Consumer<T> commit) {
        this.parser = parser;
        this.commit = commit;
        field.setId(id);
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        getChildren().addAll(field, error);
        field.textProperty().addListener((o, a, text) -> validate(text));
        field.setOnAction(e -> commitIfValid());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && !commitIfValid() && onRefused != null) {
                // Leaving the field (another box selected, another field) must not drop the text silently.
                onRefused.accept("\u201c" + field.getText() + "\u201d was not saved \u2014 " + error.getText()
                        + (committedText.isEmpty() ? ". It stays empty." : ". It stays \u201c" + committedText + "\u201d."));
            }
        });
    }

    /**
     * Says what happens to an invalid value the user leaves behind (the field keeps it, marked,
     * while it stays on screen; the model keeps its value).
     */
    public void setOnRefused(Consumer<String> onRefused) {
        this.onRefused = onRefused;
    }

    public TextField field() {
        return field;
    }

    public void setPrompt(String prompt) {
        field.setPromptText(prompt);
    }

    /** Shows the model's value without committing it. */
    public void show(String text) {
        committedText = text;
        // Setting equal text still resets the caret and repaints the field, on every edit elsewhere.
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }

    private Parsed<T> validate(String text) {
        Parsed<T> parsed = parser.apply(text);
        boolean bad = !parsed.isValid();
        field.pseudoClassStateChanged(INVALID, bad);
        error.setText(bad ? parsed.error() : "");
        error.setVisible(bad);
        error.setManaged(bad);
        return parsed;
    }

    /** False when the field holds an invalid value the model did not take. */
    private boolean commitIfValid() {
        String text = field.getText();
        if (Objects.equals(text, committedText)) {
            return true;
        }
        Parsed<T> parsed = validate(text);
        if (parsed.isValid()) {
            committedText = text;
            commit.accept(parsed.value());
        }
        return parsed.isValid();
    }
}
