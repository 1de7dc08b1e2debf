package com.mailflow.designer.ui.control;

import impl.org.controlsfx.skin.DecorationPane;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * A text field that checks its value as the user types (ControlsFX's {@link ValidationSupport}):
 * an invalid value is decorated (an error mark inside the field's right end, with the reason as
 * its tooltip, and the field in the danger colours), its reason shown under the field, and it never
 * reaches the model. A valid value is committed on Enter or when the field loses focus (one undo
 * step per field edit).
 */
public final class ValidatedField<T> extends VBox {
    /** The style class ControlsFX puts on a field holding an invalid value (designer.css colours it). */
    private static final String INVALID = "invalid-value";
    private final TextField field = new TextField();
    /** ControlsFX checks the text as it changes and decorates the field while it is invalid. */
    private final ValidationSupport validation = new ValidationSupport();
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
        // ControlsFX draws decorations in the nearest DecorationPane above the field, and without
        // one it makes a new one the scene's root (moving the window's own root under it).
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(field);
        getChildren().addAll(decorations, error);
        validation.setValidationDecorator(new CompoundValidationDecoration(new MarkInside(),
                new StyleClassValidationDecoration(INVALID, INVALID)));
        validation.registerValidator(field, false, (javafx.scene.control.Control c, String text) -> {
            // The model's own value is never marked (an emptied editor, a field just shown): only what is typed.
            Parsed<T> parsed = text == null || text.equals(committedText) ? Parsed.ok(null) : parser.apply(text);
            return ValidationResult.fromErrorIf(c, parsed.error(), !parsed.isValid());
        });
        validation.validationResultProperty().addListener((o, a, result) -> showReason());
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

    /** The reason under the field: ControlsFX's decoration marks it, and the words say why. */
    private void showReason() {
        String reason = validation.getHighestMessage(field).map(m -> m.getText()).orElse("");
        error.setText(reason);
        error.setVisible(!reason.isEmpty());
        error.setManaged(!reason.isEmpty());
    }

    /** False when the field holds an invalid value the model did not take. */
    private boolean commitIfValid() {
        String text = field.getText();
        if (Objects.equals(text, committedText)) {
            return true;
        }
        Parsed<T> parsed = parser.apply(text);
        if (parsed.isValid()) {
            committedText = text;
            commit.accept(parsed.value());
        }
        return parsed.isValid();
    }

    /**
     * ControlsFX's error mark, inside the field's right end: at its default place (the bottom-left
     * corner) the side panel's edge cut it in half and it covered the reason's first letters.
     */
    private static final class MarkInside extends GraphicValidationDecoration {
        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.CENTER_RIGHT, -12, 0));
        }
    }
}
