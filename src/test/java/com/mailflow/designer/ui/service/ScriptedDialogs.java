package com.mailflow.designer.ui.service;

import com.mailflow.designer.persistence.LoadProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService double: answers are set by the test, what was shown is recorded. */
public final class ScriptedDialogs implements DialogService {
    public Path openAnswer;
    public Path saveAnswer;
    public String templateAnswer;
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public final List<LoadProblem> shownProblems = new ArrayList<>();
    public final List<LoadProblem> shownWarnings = new ArrayList<>();
    public final List<String> shownErrors = new ArrayList<>();
    public int unsavedQuestions;
    public ExportRequest exportAnswer;
    public RecoveryChoice recoveryAnswer = RecoveryChoice.LATER;
    public final List<String> recoveryQuestions = new ArrayList<>();
    public ExportRequest exportSuggestion;
    public boolean confirmAnswer = true;
    public final List<String> confirmations = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        return Optional.ofNullable(saveAnswer);
    }

    public final List<TemplateChoice> offeredTemplates = new ArrayList<>();

    @Override
    public Optional<String> chooseTemplate(List<TemplateChoice> templates) {
        offeredTemplates.addAll(templates);
        return Optional.ofNullable(templateAnswer);
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String documentName) {
        unsavedQuestions++;
        return unsavedAnswer;
    }

    @Override
    public RecoveryChoice askRecovery(String fileName, java.time.Instant savedAt, String summary) {
        recoveryQuestions.add(fileName + " | " + summary);
        return recoveryAnswer;
    }

    @Override
    public void showLoadProblems(Path file, List<LoadProblem> problems) {
        shownProblems.addAll(problems);
    }

    @Override
    public void showLoadWarnings(Path file, List<LoadProblem> warnings) {
        shownWarnings.addAll(warnings);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + " | " + message);
        return confirmAnswer;
    }

    @Override
    public Optional<ExportRequest> chooseExport(ExportRequest suggestion) {
        exportSuggestion = suggestion;
        return Optional.ofNullable(exportAnswer);
    }

    @Override
    public void showError(String title, String message) {
        shownErrors.add(title + ": " + message);
    }
}
