package com.mailflow.designer.ui;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** New, Open, Save, Save As, recent files and the unsaved-changes question. */
public final class FileViewModel {
    private static final String EXTENSION = ".mailflow.json";
    private final DocumentViewModel document;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    public FileViewModel(DocumentViewModel document, DialogService dialogs, RecentFiles recent) {
        this.document = document;
        this.dialogs = dialogs;
        this.recent = recent;
        recentFiles.setAll(recent.list());
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public void newDocument() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseTemplate(templateIds()).ifPresent(id -> {
            if (id.equals(DialogService.EMPTY)) {
                document.replace(Scenario.empty("Untitled scenario"), null);
                return;
            }
            try {
                TemplateCatalog.load(id).ifPresent(s -> document.replace(s, null));
            } catch (ScenarioFormatException e) {
                dialogs.showLoadProblems(Path.of(id), e.problems());
            }
        });
    }

    public void open() {
        if (confirmDiscard()) {
            dialogs.chooseFileToOpen().ifPresent(this::load);
        }
    }

    public void openRecent(Path file) {
        if (confirmDiscard()) {
            load(file);
        }
    }

    /** Loads without asking; a broken file shows its problems and leaves the open document alone. */
    public boolean load(Path file) {
        try {
            Scenario s = ScenarioReader.read(file);
            document.replace(s, file);
            remember(file);
            document.setStatus("Opened " + file.getFileName());
            return true;
        } catch (ScenarioFormatException e) {
            dialogs.showLoadProblems(file, e.problems());
            document.setStatus("Could not open " + file.getFileName());
            return false;
        }
    }

    public boolean save() {
        Path file = document.fileProperty().get();
        return file == null ? saveAs() : writeTo(file);
    }

    public boolean saveAs() {
        Optional<Path> target = dialogs.chooseFileToSave(suggestedName());
        return target.isPresent() && writeTo(target.get());
    }

    /** Whether the user agreed to lose the open document (saved it, or chose to discard). */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askUnsavedChanges(document.documentName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean writeTo(Path file) {
        try {
            ScenarioWriter.save(document.scenario(), file);
            document.markSaved(file);
            remember(file);
            document.setStatus("Saved " + file.getFileName());
            return true;
        } catch (IOException e) {
            dialogs.showError("Could not save", file + ": " + e.getMessage());
            return false;
        }
    }

    private void remember(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.list());
    }

    private String suggestedName() {
        return FileNames.slug(document.scenario().name()) + EXTENSION;
    }

    private static List<String> templateIds() {
        try {
            return TemplateCatalog.ids();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
