package com.mailflow.designer.ui.results;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;

/** Read-only text tables for the results tabs. */
final class Tables {
    private Tables() {
    }

    static <T> TableView<T> table(String id, String placeholder) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        // Columns keep their widths and the table scrolls sideways: squeezing them would cut the seed's columns.
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.setPlaceholder(new Label(placeholder));
        // Dense rows of one fixed height: compact, the same before and after the first click, and cheap to scroll.
        t.getStyleClass().addAll("results-table", atlantafx.base.theme.Styles.DENSE);
        t.setFixedCellSize(26);
        return t;
    }

    /**
     * The screen's columns of one results table, from the definition the handouts share;
     * cells name nodes as {@code names} does now (the view refreshes when a node is renamed).
     */
    static <T> java.util.List<TableColumn<T, ?>> columns(java.util.List<com.mailflow.designer.export.Column<T>> defs,
                                                        java.util.function.Supplier<com.mailflow.designer.export.NodeNames> names) {
        java.util.List<TableColumn<T, ?>> out = new java.util.ArrayList<>();
        for (var def : defs) {
            if (def.onScreen()) {
                // A table row is one line: a cell's several lines are joined.
                out.add(column(def.header(), def.width(), row -> def.text(row, names.get()).replace("\n", "; ")));
            }
        }
        return out;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            {
                tip.setWrapText(true);
                tip.setMaxWidth(600);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                tip.setText(text);
                // The whole text on hover, for cells too narrow to show it.
                setTooltip(empty || text == null || text.length() < 24 ? null : tip);
            }
        });
        return c;
    }
}
