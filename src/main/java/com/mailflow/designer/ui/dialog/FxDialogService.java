package com.mailflow.designer.ui.dialog;

import com.mailflow.designer.persistence.LoadProblem;
import com.mailflow.designer.ui.service.DialogService;
import com.mailflow.designer.ui.service.ExportRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import com.mailflow.designer.ui.service.LoadProblemsText;
import com.mailflow.designer.ui.service.TemplateChoice;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: native file choosers and JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private File lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Mailflow scenarios", "*.mailflow.json", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return c;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        return remember(chooser("Open scenario").showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        FileChooser c = chooser("Save scenario");
        c.setInitialFileName(suggestedName);
        return remember(c.showSaveDialog(owner));
    }

    private Optional<Path> remember(File f) {
        if (f != null) {
            lastFolder = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<String> chooseTemplate(List<TemplateChoice> templates) {
        return TemplateDialog.choose(owner, templates);
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save the changes to " + documentName + "?");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showLoadProblems(Path file, List<LoadProblem> problems) {
        show(Alert.AlertType.ERROR, "Could not open the file", LoadProblemsText.of(file, problems), problems.size());
    }

    @Override
    public void showLoadWarnings(Path file, List<LoadProblem> warnings) {
        show(Alert.AlertType.WARNING, "Parts of the file were not used", LoadProblemsText.warnings(file, warnings),
                warnings.size());
    }

    private void show(Alert.AlertType type, String title, LoadProblemsText text, int problems) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(text.headline());
        Label sentence = new Label(text.sentence());
        sentence.setId("load-problem-sentence");
        sentence.setWrapText(true);
        sentence.setPrefWidth(560);
        a.getDialogPane().setContent(sentence);
        // The details on demand: every problem with its place in the file, wrapped, selectable.
        TextArea details = new TextArea(text.details());
        details.setId("load-problems");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefSize(560, Math.min(320, 60 + 22 * problems));
        a.getDialogPane().setExpandableContent(details);
        a.showAndWait();
    }

    @Override
    public RecoveryChoice askRecovery(String fileName, java.time.Instant savedAt, String summary) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .format(savedAt.atZone(java.time.ZoneId.systemDefault()));
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Mailflow Designer did not close normally. A copy of "
                + fileName + " from " + when + " was kept: " + summary + ".", restore, saveAs, discard);
        a.initOwner(owner);
        a.setTitle("Recover unsaved work");
        a.setHeaderText("Recover unsaved work in " + fileName + "?");
        a.getDialogPane().setId("recover-dialog");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == restore ? RecoveryChoice.RESTORE : answer == saveAs ? RecoveryChoice.SAVE_AS
                : answer == discard ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    @Override
    public Optional<ExportRequest> chooseExport(ExportRequest suggestion) {
        return new ExportDialog(owner, suggestion).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.showAndWait();
    }
}
