package com.mailflow.designer.ui.viewmodel;

import com.mailflow.designer.edit.Command;
import com.mailflow.designer.edit.CommandStack;
import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.service.AutosavedDocument;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The open document: the command stack, the file it came from, the selection and the status
 * line. Every edit of the designer goes through {@link #execute}, so it is undoable.
 */
public final class DocumentViewModel implements AutosavedDocument {
    private final CommandStack stack;
    private final ReadOnlyObjectWrapper<Scenario> scenario;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.EMPTY);
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty("Undo");
    private final StringProperty redoText = new SimpleStringProperty("Redo");
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final StringProperty busy = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<String> refusal = new ReadOnlyObjectWrapper<>();
    private boolean sample;
    private final javafx.beans.property.IntegerProperty documentsOpened = new javafx.beans.property.SimpleIntegerProperty();
    private final StringProperty stage = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<Scenario> shown = new ReadOnlyObjectWrapper<>();

    public DocumentViewModel(Scenario initial) {
        stack = new CommandStack(initial);
        scenario = new ReadOnlyObjectWrapper<>(initial);
        stage.set(initial.lastStageId());
        shown.set(initial.inStage(stage.get()));
        stage.addListener((o, a, b) -> stageChanged());
        stack.addListener(this::changed);
        file.addListener((o, a, b) -> updateTitle());
        updateTitle();
    }

    /** Applies and records one undo step; false when the command changed nothing. */
    public boolean execute(Command command) {
        boolean changed = stack.push(command);
        if (changed) {
            // The stack worded it against the scenario before the edit: names, not ids.
            stack.undoDescription().ifPresent(status::set);
        }
        return changed;
    }

    public void undo() {
        stack.undoDescription().ifPresent(d -> status.set("Undone: " + d));
        stack.undo();
    }

    public void redo() {
        stack.redoDescription().ifPresent(d -> status.set("Redone: " + d));
        stack.redo();
    }

    /** A new or opened document: history starts over, the state is clean. */
    public void replace(Scenario next, Path from) {
        sample = false;
        selection.set(Selection.EMPTY);
        file.set(from);
        stage.set(next.lastStageId());
        stack.reset(next);
        documentsOpened.set(documentsOpened.get() + 1);
    }

    /** Counts New and Open: the canvas fits the new drawing to the window. */
    public javafx.beans.property.IntegerProperty documentsOpenedProperty() {
        return documentsOpened;
    }

    public void markSaved(Path to) {
        file.set(to);
        stack.markSaved();
    }

    /** {@code written} is on disk at {@code to}; the document is clean only if nothing changed since. */
    public void markSaved(Path to, Scenario written) {
        file.set(to);
        stack.markSaved(written);
    }

    /** What runs in the background now ("Saving x.json…"), or null: the status bar shows a progress indicator. */
    public StringProperty busyProperty() {
        return busy;
    }

    public void setBusy(String what) {
        busy.set(what);
        if (what != null) {
            status.set(what);
        }
    }

    public Scenario scenario() {
        return stack.current();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /**
     * The stage the canvas shows and edits act in (plan.md section 4): an id of {@code stageIds()},
     * {@link Scenario#DEFAULT_STAGE} for a file without stages. A new document shows its last stage.
     */
    public StringProperty stageProperty() {
        return stage;
    }

    public String stage() {
        return stage.get();
    }

    /** The selected stage's single-stage scenario: what the canvas and the properties show. */
    public ReadOnlyObjectProperty<Scenario> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Scenario shown() {
        return shown.get();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public Selection selection() {
        return selection.get();
    }

    public void select(Selection s) {
        selection.set(s);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return stack.isDirty();
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /**
     * Something the user asked for was not done: said in the status line and raised as a
     * refusal, which the window shows where the user is looking (near the pointer).
     */
    public void refuse(String why) {
        status.set(why);
        // Through null, so that the same refusal twice is shown twice.
        refusal.set(null);
        refusal.set(why);
    }

    /** The latest refusal ({@link #refuse}); null between two. */
    public ReadOnlyObjectProperty<String> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public String documentName() {
        if (file.get() != null) {
            return file.get().getFileName().toString();
        }
        return sample ? "Sample - " + scenario().name() : scenario().name();
    }

    /** The document is the designer's sample (first start): the title says so until it is saved or replaced. */
    public void showAsSample() {
        sample = true;
        updateTitle();
    }

    private void changed(Scenario next) {
        List<String> ids = next.stageIds();
        if (!ids.contains(stage.get())) {
            // The stage went (undo of an add, a removal): the one now at its place, or the last.
            int was = scenario.get().stageIds().indexOf(stage.get());
            stage.set(ids.get(Math.max(0, Math.min(was, ids.size() - 1))));
        } else {
            shown.set(next.inStage(stage.get()));
        }
        scenario.set(next);
        dirty.set(stack.isDirty());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(stack.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        pruneSelection(shown.get());
        updateTitle();
    }

    /** Before the scenario changes (undo of an add), the stage may not exist yet: {@link #changed} sets it again. */
    private void stageChanged() {
        Scenario s = stack.current();
        if (s.stageIds().contains(stage.get())) {
            shown.set(s.inStage(stage.get()));
            pruneSelection(shown.get());
        }
    }

    private void pruneSelection(Scenario next) {
        Selection s = selection.get();
        if (s.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        next.nodes().forEach(n -> ids.add(n.id()));
        Set<LinkKey> keys = new HashSet<>();
        next.links().forEach(l -> keys.add(LinkKey.of(l)));
        Selection pruned = new Selection(s.nodes().stream().filter(ids::contains).toList().stream()
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                s.links().stream().filter(keys::contains)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        if (!pruned.equals(s)) {
            selection.set(pruned);
        }
    }

    private void updateTitle() {
        title.set((stack.isDirty() ? "\u2022 " : "") + documentName() + " \u2014 Mailflow Designer");
    }
}
