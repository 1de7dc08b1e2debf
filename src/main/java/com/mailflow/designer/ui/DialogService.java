package com.mailflow.designer.ui;

import com.mailflow.designer.persistence.LoadProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every question the designer asks the user, behind an interface tests replace. */
public interface DialogService {
    /** The choice of the "unsaved changes" question. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Template id chosen in File > New, {@link #EMPTY} for an empty scenario, empty when cancelled. */
    String EMPTY = "";

    Optional<Path> chooseFileToOpen();

    Optional<Path> chooseFileToSave(String suggestedName);

    Optional<String> chooseTemplate(List<String> templateIds);

    UnsavedChoice askUnsavedChanges(String documentName);

    /** A file that did not load: every reason, each with its JSON path. */
    void showLoadProblems(Path file, List<LoadProblem> problems);

    void showError(String title, String message);

    /** File > Export: format, target file and "open after export", starting from {@code suggestion}. */
    Optional<ExportRequest> chooseExport(ExportRequest suggestion);
}
