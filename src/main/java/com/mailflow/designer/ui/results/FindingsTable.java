package com.mailflow.designer.ui.results;

import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.ui.control.KindIcons;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.SimpleObjectProperty;

/** Findings with a severity icon; worst first, as the analyzer lists them. */
final class FindingsTable {
    private FindingsTable() {
    }

    static TableView<Finding> create(java.util.function.Supplier<com.mailflow.designer.export.NodeNames> names) {
        TableView<Finding> t = Tables.table("findings-table", "No findings");
        TableColumn<Finding, Severity> severity = new TableColumn<>("");
        severity.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().severity()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                setGraphic(empty || s == null ? null : icon(s));
                setText(null);
            }
        });
        severity.setPrefWidth(34);
        severity.setMaxWidth(40);
        t.getColumns().setAll(List.of(severity));
        t.getColumns().addAll(Tables.columns(com.mailflow.designer.export.ResultColumns.findings(), names));
        return t;
    }

    static javafx.scene.Node icon(Severity s) {
        var icon = switch (s) {
            case ERROR -> KindIcons.icon("mdi2a-alert-circle", 16);
            case WARNING -> KindIcons.icon("mdi2a-alert", 16);
            case INFO -> KindIcons.icon("mdi2i-information-outline", 16);
        };
        icon.getStyleClass().add("severity-" + s.id());
        return icon;
    }
}
