package com.mailflow.designer.ui.dialog;

import com.mailflow.designer.export.ExportFormat;
import com.mailflow.designer.ui.service.ExportRequest;
import com.mailflow.designer.ui.service.FileNames;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The export dialog: a format list (its display names), the target file with a Browse button
 * that opens the platform's save dialog for that format, and "Open after export".
 */
final class ExportDialog extends Dialog<ExportRequest> {
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final TextField file = new TextField();
    private final CheckBox openAfter = new CheckBox("Open after export");
    private final Label hint = new Label();

    ExportDialog(Window owner, ExportRequest suggestion) {
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export the scenario and its analysis");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.displayName() + "  (." + f.extension() + ")";
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.setId("export-format");
        format.setMaxWidth(Double.MAX_VALUE);
        format.setValue(suggestion.format());
        file.setId("export-file");
        file.setText(suggestion.file().toString());
        file.setPrefColumnCount(36);
        openAfter.setId("export-open-after");
        openAfter.setSelected(suggestion.openAfter());
        hint.getStyleClass().add("field-error");
        format.valueProperty().addListener((o, was, f) -> {
            if (f != null && !file.getText().isBlank()) {
                file.setText(FileNames.withExtension(Path.of(file.getText().strip()), f.extension()).toString());
            }
        });
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(e -> browse());
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 4, 4, 4));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("File"), fileRow);
        grid.add(openAfter, 1, 2);
        grid.add(hint, 1, 3);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().setPrefWidth(640);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(export);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String problem = problem();
            hint.setText(problem);
            if (!problem.isEmpty()) {
                e.consume();
            }
        });
        // Typing goes to the file name first: the format is usually the last one used.
        setOnShown(e -> {
            file.requestFocus();
            file.end();
        });
        setResultConverter(b -> b == export
                ? new ExportRequest(format.getValue(), Path.of(file.getText().strip()), openAfter.isSelected()) : null);
    }

    /** Why the dialog can't export yet, or "" (checked on Export, so typing is never interrupted). */
    private String problem() {
        String text = file.getText().strip();
        if (text.isEmpty()) {
            return "Choose a file to export to.";
        }
        try {
            Path p = Path.of(text);
            if (Files.isDirectory(p)) {
                return "That is a folder: add a file name.";
            }
            Path parent = p.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                return "The folder " + parent + " does not exist.";
            }
        } catch (java.nio.file.InvalidPathException e) {
            return "Not a valid file name: " + e.getReason();
        }
        return "";
    }

    private void browse() {
        ExportFormat f = format.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + f.displayName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.displayName(), "*." + f.extension()));
        try {
            Path current = Path.of(file.getText().strip()).toAbsolutePath();
            if (current.getParent() != null && Files.isDirectory(current.getParent())) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName().toString());
        } catch (java.nio.file.InvalidPathException e) {
            // Start wherever the platform starts.
        }
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.toPath().toString());
        }
    }
}
