package com.mailflow.designer.ui.stages;

import com.mailflow.designer.edit.StageEdits;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.Stage;
import com.mailflow.designer.ui.service.DialogService;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;

/**
 * What the stage bar can do (plan.md section 4): select, add, rename, reorder and remove stages,
 * each an undoable command on the document. Removing a stage that holds elements of its own asks first.
 */
public final class StagesViewModel {
    private final DocumentViewModel document;
    private final DialogService dialogs;

    public StagesViewModel(DocumentViewModel document, DialogService dialogs) {
        this.document = document;
        this.dialogs = dialogs;
    }

    public DocumentViewModel document() {
        return document;
    }

    public void select(String stageId) {
        if (document.scenario().stageIds().contains(stageId)) {
            document.stageProperty().set(stageId);
        }
    }

    /** Selects the stage {@code by} places after the selected one (negative: before), if there is one. */
    public void step(int by) {
        var ids = document.scenario().stageIds();
        int at = ids.indexOf(document.stage()) + by;
        if (at >= 0 && at < ids.size()) {
            document.stageProperty().set(ids.get(at));
        }
    }

    /** Adds a stage after the selected one, as a copy of it, and selects it. */
    public void add() {
        Scenario s = document.scenario();
        Stage stage = StageEdits.next(s);
        if (document.execute(StageEdits.add(document.stage(), stage))) {
            document.stageProperty().set(stage.id());
        }
    }

    public void rename(String stageId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            document.setStatus("A stage needs a name");
            return;
        }
        document.execute(StageEdits.rename(stageId, trimmed));
    }

    /** Moves a stage {@code by} places; it stays selected if it was. */
    public void move(String stageId, int by) {
        document.execute(StageEdits.move(stageId, by));
    }

    public boolean canMove(String stageId, int by) {
        int at = document.scenario().stageIds().indexOf(stageId) + by;
        return document.scenario().isStaged() && at >= 0 && at < document.scenario().stages().size();
    }

    public void remove(String stageId) {
        Scenario s = document.scenario();
        String name = s.stageById(stageId).map(Stage::name).orElse(stageId);
        int own = StageEdits.onlyIn(s, stageId);
        String last = s.stages().size() == 2 ? " The drawing keeps the other stage's elements and has no stages any more."
                : "";
        if (own > 0 && !dialogs.confirm("Remove stage '" + name + "'?", own + (own == 1 ? " element is" : " elements are")
                + " only in this stage and will be deleted with it (Undo brings them back)." + last)) {
            return;
        }
        document.execute(StageEdits.remove(stageId));
    }
}
