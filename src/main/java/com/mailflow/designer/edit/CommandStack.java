package com.mailflow.designer.edit;

import com.mailflow.designer.model.Scenario;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Undo and redo over scenario snapshots (the model is immutable, so a snapshot is a reference).
 * A command that changes nothing records nothing; a push from inside a listener is refused,
 * so one gesture can never turn into two interleaved undo steps.
 */
public final class CommandStack {
    private record Step(String description, Scenario before, Scenario after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<Scenario>> listeners = new CopyOnWriteArrayList<>();
    private Scenario current;
    private Scenario saved;
    private boolean notifying;

    public CommandStack(Scenario initial) {
        this.current = initial;
        this.saved = initial;
    }

    public Scenario current() {
        return current;
    }

    /** Applies and records the command; false when it changed nothing. */
    public boolean push(Command command) {
        if (notifying) {
            throw new IllegalStateException("an edit was started while another was being applied: "
                    + command.description());
        }
        Scenario after = command.apply(current);
        if (after == current || after.equals(current)) {
            return false;
        }
        undo.push(new Step(command.description(current), current, after));
        redo.clear();
        moveTo(after);
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    public void undo() {
        if (canUndo() && !notifying) {
            Step step = undo.pop();
            redo.push(step);
            moveTo(step.before());
        }
    }

    public void redo() {
        if (canRedo() && !notifying) {
            Step step = redo.pop();
            undo.push(step);
            moveTo(step.after());
        }
    }

    /** Starts over with a new document (New, Open): history is forgotten and the new state is clean. */
    public void reset(Scenario scenario) {
        undo.clear();
        redo.clear();
        saved = scenario;
        moveTo(scenario);
    }

    /** Remembers the current state as the one on disk. */
    public void markSaved() {
        markSaved(current);
    }

    /**
     * Remembers {@code written} as the state on disk: a save that ran in the background wrote the
     * state of its start, and edits made meanwhile stay unsaved.
     */
    public void markSaved(Scenario written) {
        saved = written;
        notifyListeners();
    }

    /** Unsaved changes: the current state differs from the saved one (undoing back to it makes it clean). */
    public boolean isDirty() {
        return current != saved && !current.equals(saved);
    }

    /** Called after every change of the current scenario, and on {@link #markSaved}. */
    public void addListener(Consumer<Scenario> listener) {
        listeners.add(listener);
    }

    private void moveTo(Scenario next) {
        current = next;
        notifyListeners();
    }

    private void notifyListeners() {
        notifying = true;
        try {
            listeners.forEach(l -> l.accept(current));
        } finally {
            notifying = false;
        }
    }
}
