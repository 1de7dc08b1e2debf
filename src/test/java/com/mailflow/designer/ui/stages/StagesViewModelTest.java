package com.mailflow.designer.ui.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.edit.Scenarios;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.plan.Plan;
import com.mailflow.designer.plan.Planner;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import com.mailflow.designer.ui.viewmodel.AnalysisViewModel;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The selected stage in the view models, without a window. */
class StagesViewModelTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DocumentViewModel doc = new DocumentViewModel(Scenarios.hybrid());
    private final StagesViewModel stages = new StagesViewModel(doc, dialogs);
    private final EditViewModel edits = new EditViewModel(doc);

    @Test
    void addingAStageSelectsItAndUndoGoesBackToTheDrawingWithoutStages() {
        assertEquals(Scenario.DEFAULT_STAGE, doc.stage());
        assertSame(doc.scenario(), doc.shown(), "without stages the canvas shows the scenario itself");
        stages.add();
        assertEquals(List.of("today", "stage-2"), doc.scenario().stageIds());
        assertEquals("stage-2", doc.stage());
        doc.undo();
        assertFalse(doc.scenario().isStaged());
        assertEquals(Scenario.DEFAULT_STAGE, doc.stage());
        doc.redo();
        assertEquals("today", doc.stage(), "redo brings the stages back; the selection falls on the first");
    }

    @Test
    void whatIsAddedInAStageIsInItAndLaterOnesAndTheSelectionFollowsTheStage() {
        stages.add();
        String id = edits.addNode(NodeKind.THIRD_PARTY_FILTER, new Position(0, 200)).orElseThrow();
        assertEquals(List.of("stage-2"), doc.scenario().node(id).orElseThrow().stages());
        assertEquals(Selection.ofNode(id), doc.selection());
        stages.select("today");
        assertTrue(doc.shown().node(id).isEmpty());
        assertEquals(Selection.EMPTY, doc.selection(), "what the stage does not hold can't stay selected");
    }

    @Test
    void removingAStageWithElementsOfItsOwnAsksFirst() {
        stages.add();
        edits.addNode(NodeKind.THIRD_PARTY_FILTER, new Position(0, 200));
        dialogs.confirmAnswer = false;
        stages.remove("stage-2");
        assertEquals(1, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.get(0).contains("1 element is only in this stage"), dialogs.confirmations::toString);
        assertTrue(doc.scenario().isStaged());
        dialogs.confirmAnswer = true;
        stages.remove("stage-2");
        assertFalse(doc.scenario().isStaged());
        stages.add();
        stages.remove("stage-2");
        assertEquals(2, dialogs.confirmations.size(), "a stage holding nothing of its own goes without asking");
    }

    @Test
    void theAnalysisAndThePlanAreTheSelectedStagesExactlyAsThePlannerGivesThem() throws Exception {
        Scenario migration = TemplateCatalog.load("migration-hybrid").orElseThrow();
        doc.replace(migration, null);
        AnalysisViewModel analysis = new AnalysisViewModel(doc, new CurrentThreadTaskExecutor());
        Planner planner = new Planner();
        Map<String, Report> reports = planner.reports(migration);
        Plan plan = planner.plan(migration, reports);
        assertEquals(migration.lastStageId(), doc.stage(), "a file opens on its last stage");
        String first = migration.stageIds().get(0);
        doc.execute(com.mailflow.designer.edit.MoveNodes.drag(Map.of(migration.nodes().get(0).id(), new Position(500, 500))));
        stages.select(first);
        assertEquals(reports.get(first), analysis.reportProperty().get(), "a move runs no analysis; the last one serves");
        for (String id : migration.stageIds()) {
            stages.select(id);
            assertEquals(reports.get(id), analysis.reportProperty().get(), id);
            assertEquals(plan.into(id).orElseThrow(), analysis.planProperty().get(), id);
        }
    }
}
