package com.mailflow.designer.ui.properties;

import com.mailflow.designer.ui.control.ValidatedField;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A column of captioned fields, the layout every properties pane uses. */
class Form extends VBox {
    private java.util.function.Consumer<String> refusals;

    Form(String title) {
        super(10);
        getStyleClass().add("form");
        Label heading = new Label(title);
        heading.getStyleClass().add("form-title");
        getChildren().add(heading);
    }

    /** Where the form's fields send an invalid value the user left (see {@link ValidatedField#setOnRefused}). */
    void refusalsTo(java.util.function.Consumer<String> sink) {
        refusals = sink;
    }

    void row(String caption, Node control) {
        if (control instanceof ValidatedField field) {
            field.setOnRefused(why -> {
                if (refusals != null) {
                    refusals.accept(caption + ": " + why);
                }
            });
        }
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(control);
        getChildren().add(new VBox(3, label, control));
    }

    Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-note");
        l.setWrapText(true);
        getChildren().add(l);
        return l;
    }
}
