package com.mailflow.designer.ui.viewmodel;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.LoadedScenario;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.ui.service.BackgroundCall;
import com.mailflow.designer.ui.service.DialogService;
import com.mailflow.designer.ui.service.FileNames;
import com.mailflow.designer.ui.service.LoadProblemsText;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.TaskExecutor;
import com.mailflow.designer.ui.service.TemplateChoice;
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
    private final TaskExecutor executor;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    /** Opens and saves on the calling thread (tests). */
    public FileViewModel(DocumentViewModel document, DialogService dialogs, RecentFiles recent) {
        this(document, dialogs, recent, new DirectExecutor());
    }

    /** Opens and saves on {@code executor}'s worker, the window staying responsive ({@link BackgroundCall}). */
    public FileViewModel(DocumentViewModel document, DialogService dialogs, RecentFiles recent, TaskExecutor executor) {
        this.document = document;
        this.dialogs = dialogs;
        this.recent = recent;
        this.executor = executor;
        recentFiles.setAll(recent.list());
    }

    /** The most recently opened or saved file that still exists: what the designer reopens at start. */
    public Optional<Path> lastFile() {
        return recent.list().stream().filter(java.nio.file.Files::isRegularFile).findFirst();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public void newDocument() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseTemplate(templates()).ifPresent(id -> {
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
        document.setBusy("Opening " + file.getFileName() + "\u2026");
        try {
            LoadedScenario loaded = BackgroundCall.run(executor, () -> ScenarioReader.load(file));
            document.replace(loaded.scenario(), file);
            remember(file);
            if (loaded.warnings().isEmpty()) {
                document.setStatus("Opened " + file.getFileName());
            } else {
                document.setStatus("Opened " + file.getFileName() + "; " + LoadProblemsText.ignored(loaded.warnings())
                        + " not used");
                dialogs.showLoadWarnings(file, loaded.warnings());
            }
            return true;
        } catch (ScenarioFormatException e) {
            dialogs.showLoadProblems(file, e.problems());
            document.setStatus("Could not open " + file.getFileName());
            return false;
        } catch (Exception | OutOfMemoryError e) {
            dialogs.showError("Could not open the file", file.getFileName() + ": " + (e instanceof OutOfMemoryError
                    ? "it needs more memory than the designer was given" : String.valueOf(e.getMessage())));
            document.setStatus("Could not open " + file.getFileName());
            return false;
        } finally {
            document.setBusy(null);
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

    /** Writes the document as it is now; edits made while the write runs stay unsaved. */
    private boolean writeTo(Path file) {
        Scenario snapshot = document.scenario();
        document.setBusy("Saving " + file.getFileName() + "\u2026");
        try {
            BackgroundCall.run(executor, () -> {
                ScenarioWriter.save(snapshot, file);
                return file;
            });
            document.markSaved(file, snapshot);
            remember(file);
            document.setStatus("Saved " + file.getFileName());
            return true;
        } catch (Exception | OutOfMemoryError e) {
            dialogs.showError("Could not save", file + ": " + (e instanceof IOException ? e.getMessage()
                    : "the file could not be written (" + e.getClass().getSimpleName() + ")"));
            return false;
        } finally {
            document.setBusy(null);
        }
    }

    /** The work runs where it is asked for: the tests' and the command-free constructor's executor. */
    private static final class DirectExecutor implements TaskExecutor {
        @Override
        public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                               java.util.function.Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception | OutOfMemoryError e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }

    private void remember(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.list());
    }

    private String suggestedName() {
        return FileNames.slug(document.scenario().name()) + EXTENSION;
    }

    /** The templates by title and purpose; one that does not load is left out rather than offered broken. */
    static List<TemplateChoice> templates() {
        List<TemplateChoice> out = new java.util.ArrayList<>();
        try {
            for (String id : TemplateCatalog.ids()) {
                try {
                    TemplateCatalog.load(id).ifPresent(s -> out.add(TemplateChoice.of(id, s.name(),
                            s.descriptionText().orElse(""))));
                } catch (ScenarioFormatException e) {
                    // Left out: the template's own test names the problem.
                }
            }
        } catch (RuntimeException e) {
            return out;
        }
        return out;
    }
}
