package com.mailflow.designer.ui.results;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Read-only text tables for the results tabs. */
final class Tables {
    private Tables() {
    }

    static <T> TableView<T> table(String id, String placeholder) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(placeholder));
        t.getStyleClass().add("results-table");
        return t;
    }

    static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static String orEmpty(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
