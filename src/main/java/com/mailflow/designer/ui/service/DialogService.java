package com.mailflow.designer.ui.service;

import com.mailflow.designer.persistence.LoadProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every question the designer asks the user, behind an interface tests replace. */
public interface DialogService {
    /** The choice of the "unsaved changes" question. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** The answer to "Recover unsaved work": restore it, save it under a name, discard it, or decide next time. */
    enum RecoveryChoice { RESTORE, SAVE_AS, DISCARD, LATER }

    /** Template id chosen in File > New, {@link #EMPTY} for an empty scenario, empty when cancelled. */
    String EMPTY = "";

    Optional<Path> chooseFileToOpen();

    Optional<Path> chooseFileToSave(String suggestedName);

    /** File > New: {@link #EMPTY} or a template's id, chosen by its title and description. */
    Optional<String> chooseTemplate(List<TemplateChoice> templates);

    UnsavedChoice askUnsavedChanges(String documentName);

    /** A file that did not load: every reason, each with its JSON path. */
    void showLoadProblems(Path file, List<LoadProblem> problems);

    /** A file that opened, but with malformed optional parts that were not used: each with its JSON path. */
    void showLoadWarnings(Path file, List<LoadProblem> warnings);

    void showError(String title, String message);

    /** A yes/no question before something that deletes work ("Remove stage 'Hybrid'?"); true to go ahead. */
    boolean confirm(String title, String message);

    /**
     * Offers back work a crash left unsaved. {@code fileName} is the document's file (or its
     * scenario name when it was never saved), {@code summary} says what the copy holds.
     */
    default RecoveryChoice askRecovery(String fileName, java.time.Instant savedAt, String summary) {
        return RecoveryChoice.LATER;
    }

    /** File > Export: format, target file and "open after export", starting from {@code suggestion}. */
    Optional<ExportRequest> chooseExport(ExportRequest suggestion);
}
