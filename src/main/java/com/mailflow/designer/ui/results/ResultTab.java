package com.mailflow.designer.ui.results;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;

/**
 * One results tab: its title carries the row count, and its table takes new rows only while the
 * tab is showing. A hidden table would otherwise rebuild its cells on every analysis (every edit)
 * for nobody to see; it catches up when its tab is selected.
 */
final class ResultTab<T> {
    private final String title;
    private final TableView<T> table;
    private final Tab tab;
    private List<T> rows = List.of();

    ResultTab(String id, String title, TableView<T> table, Node content) {
        this.title = title;
        this.table = table;
        this.tab = new Tab(title + " (0)", content);
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                catchUp();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    /** The newest rows, whether or not the table shows them yet. */
    List<T> rows() {
        return rows;
    }

    void offer(List<T> next) {
        rows = next;
        tab.setText(title + " (" + next.size() + ")");
        if (tab.isSelected()) {
            catchUp();
        }
    }

    /**
     * An unchanged table keeps its rows, its selection and its scroll position, and costs the
     * frame nothing (most edits change few of the tables: a rename changes no flow).
     */
    private void catchUp() {
        if (!table.getItems().equals(rows)) {
            table.getItems().setAll(rows);
        }
    }
}
