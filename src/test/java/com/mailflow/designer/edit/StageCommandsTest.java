package com.mailflow.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.SpfAll;
import com.mailflow.designer.model.Stage;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.persistence.ScenarioWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stage commands of the designer's stage bar and the edits that act from the selected stage on. */
class StageCommandsTest {
    private final Scenario hybrid = Scenarios.hybrid();
    private final Stage two = Stage.of("stage-2", "Stage 2");

    /** today, stage-2: hybrid's elements in both. */
    private Scenario twoStages() {
        return StageEdits.add(Scenario.DEFAULT_STAGE, two).apply(hybrid);
    }

    /** What the format says about the result: a per-stage rule it breaks throws with the stage named. */
    private static Scenario reloaded(Scenario s) throws ScenarioFormatException {
        return ScenarioReader.read(ScenarioWriter.toJson(s));
    }

    @Test
    void addingTheFirstStageMakesTheDrawingTodayAndTheNewStageACopyOfIt() throws Exception {
        Scenario staged = twoStages();
        assertEquals(List.of("today", "stage-2"), staged.stageIds());
        assertEquals(hybrid.nodes(), staged.nodes(), "every element stays in every stage");
        assertEquals(staged.inStage("today").nodes(), staged.inStage("stage-2").nodes());
        assertTrue(ScenarioWriter.toJson(staged).contains("\"version\" : 2") || ScenarioWriter.toJson(staged)
                .contains("\"version\": 2"), "a staged file is written as version 2");
        assertEquals(staged, reloaded(staged));
        assertFalse(ScenarioWriter.toJson(hybrid).contains("stages"), "without stages the file stays version 1");
    }

    @Test
    void aStageAddedAfterAnotherHoldsWhatThatOneHolds() throws Exception {
        Scenario s = twoStages();
        // exch only in today: a stage added after stage-2 does not get it, one added after today does.
        s = new DeleteFromStage(Selection.ofNode("exch"), "stage-2").apply(s);
        Scenario after2 = StageEdits.add("stage-2", Stage.of("stage-3", "Stage 3")).apply(s);
        assertEquals(List.of("today", "stage-2", "stage-3"), after2.stageIds());
        assertTrue(after2.inStage("stage-3").node("exch").isEmpty());
        Scenario afterToday = StageEdits.add("today", Stage.of("stage-3", "Stage 3")).apply(s);
        assertEquals(List.of("today", "stage-3", "stage-2"), afterToday.stageIds());
        assertTrue(afterToday.inStage("stage-3").node("exch").isPresent());
        assertEquals(afterToday.inStage("today").nodes(), afterToday.inStage("stage-3").nodes());
        reloaded(after2);
        reloaded(afterToday);
    }

    @Test
    void renameAndMoveChangeTheStageListOnlyAndUndoRestoresIt() {
        CommandStack stack = new CommandStack(twoStages());
        Scenario before = stack.current();
        assertTrue(stack.push(StageEdits.rename("stage-2", "Target")));
        assertEquals("Target", stack.current().stageById("stage-2").orElseThrow().name());
        assertTrue(stack.push(StageEdits.move("stage-2", -1)));
        assertEquals(List.of("stage-2", "today"), stack.current().stageIds());
        assertSame(before.nodes(), stack.current().nodes(), "elements keep their stages");
        assertFalse(stack.push(StageEdits.move("stage-2", -1)), "the first stage can't move further left");
        stack.undo();
        stack.undo();
        assertSame(before, stack.current());
        stack.redo();
        assertEquals("Target", stack.current().stageById("stage-2").orElseThrow().name());
    }

    @Test
    void deletingInALaterStageKeepsTheElementInTheEarlierOnesAndSplitsItsDomain() throws Exception {
        CommandStack stack = new CommandStack(twoStages());
        Scenario before = stack.current();
        assertTrue(stack.push(new DeleteFromStage(Selection.ofNode("exch"), "stage-2")));
        Scenario after = stack.current();
        assertTrue(after.inStage("today").node("exch").isPresent());
        assertTrue(after.inStage("stage-2").node("exch").isEmpty());
        assertEquals(List.of("today"), after.node("exch").orElseThrow().stages());
        assertFalse(after.inStage("stage-2").links().stream().anyMatch(l -> l.touches("exch")));
        assertEquals(before.inStage("today").links(), after.inStage("today").links());
        assertEquals(List.of("exo", "exch"), after.inStage("today").domains().get(0).mailboxes());
        assertEquals(List.of("exo"), after.inStage("stage-2").domains().get(0).mailboxes());
        assertTrue(after.layout().containsKey("exch"), "it is still drawn in today");
        assertEquals(after, reloaded(after));
        stack.undo();
        assertSame(before, stack.current());
    }

    @Test
    void deletingInTheFirstStageOrALastRemainingStageDeletesTheElement() {
        Scenario s = twoStages();
        Scenario gone = new DeleteFromStage(Selection.ofNode("gw"), "today").apply(s);
        assertTrue(gone.node("gw").isEmpty());
        assertFalse(gone.layout().containsKey("gw"));
        Scenario laterOnly = new AddNode(Node.of("f", NodeKind.THIRD_PARTY_FILTER, "Filter").withStages(List.of("stage-2")),
                new Position(0, 100)).apply(s);
        Scenario none = new DeleteFromStage(Selection.ofNode("f"), "stage-2").apply(laterOnly);
        assertTrue(none.node("f").isEmpty(), "left in no stage, it is deleted");
        assertFalse(none.layout().containsKey("f"));
        assertEquals(new DeleteSelection(Selection.ofNode("gw")).apply(hybrid),
                new DeleteFromStage(Selection.ofNode("gw"), Scenario.DEFAULT_STAGE).apply(hybrid),
                "without stages a delete is the plain delete");
    }

    @Test
    void deletingALinkInALaterStageKeepsItEarlier() throws Exception {
        Scenario s = new DeleteFromStage(Selection.ofLink(new LinkKey("internet", "exo")), "stage-2").apply(twoStages());
        assertTrue(s.inStage("today").links().stream().anyMatch(l -> l.joins("internet", "exo")));
        assertFalse(s.inStage("stage-2").links().stream().anyMatch(l -> l.joins("internet", "exo")));
        reloaded(s);
    }

    @Test
    void aLinkAddedInAStageReachesTheLaterStagesWhereBothEndsAre() throws Exception {
        Scenario s = twoStages();
        s = new AddNode(Node.of("f", NodeKind.THIRD_PARTY_FILTER, "Filter")
                .withStages(StageScope.tidy(s, StageScope.fromOn(s, "stage-2"))), new Position(0, 100)).apply(s);
        assertEquals(List.of("stage-2"), s.node("f").orElseThrow().stages());
        assertEquals(List.of(), StageScope.linkStages(s, "today", "internet", "f"), "f is not in today");
        List<String> stages = StageScope.linkStages(s, "stage-2", "internet", "f");
        assertEquals(List.of("stage-2"), stages);
        s = new AddLink(Link.of("internet", "f").withStages(StageScope.tidy(s, stages))).apply(s);
        assertTrue(s.inStage("stage-2").links().stream().anyMatch(l -> l.joins("internet", "f")));
        assertEquals(s, reloaded(s));
        // The same link again in the same stage is refused; a link deleted in stage-2 may be drawn anew there.
        assertEquals(List.of(), StageScope.linkStages(s, "stage-2", "internet", "f"));
        Scenario cut = new DeleteFromStage(Selection.ofLink(new LinkKey("gw", "exch")), "stage-2").apply(s);
        assertEquals(List.of("stage-2"), StageScope.linkStages(cut, "stage-2", "gw", "exch"));
    }

    @Test
    void aSecondInternetIsRefusedInTheStagesItWouldReach() {
        Scenario s = twoStages();
        Node another = Node.of("internet-2", NodeKind.INTERNET, "Internet").withStages(List.of("stage-2"));
        assertTrue(StageScope.refuseNode(s, another).isPresent());
        assertSame(s, new AddNode(another, new Position(0, 0)).apply(s));
        Scenario cut = new DeleteFromStage(Selection.ofNode("internet"), "stage-2").apply(s);
        assertTrue(StageScope.refuseNode(cut, another).isEmpty(), "stage-2 has no Internet any more");
    }

    @Test
    void removingAStageDeletesWhatWasOnlyInItAndCountsItFirst() throws Exception {
        Scenario s = StageEdits.add("stage-2", Stage.of("stage-3", "Stage 3")).apply(twoStages());
        s = new AddNode(Node.of("f", NodeKind.THIRD_PARTY_FILTER, "Filter").withStages(List.of("stage-2")),
                new Position(0, 100)).apply(s);
        assertEquals(1, StageEdits.onlyIn(s, "stage-2"));
        assertEquals(0, StageEdits.onlyIn(s, "today"));
        CommandStack stack = new CommandStack(s);
        assertTrue(stack.push(StageEdits.remove("stage-2")));
        Scenario after = stack.current();
        assertEquals(List.of("today", "stage-3"), after.stageIds());
        assertTrue(after.node("f").isEmpty());
        assertFalse(after.layout().containsKey("f"));
        assertEquals(after, reloaded(after));
        stack.undo();
        assertSame(s, stack.current());
    }

    /** Chosen: one stage left is no migration, so the file becomes a plain (version 1) drawing of that stage. */
    @Test
    void removingDownToOneStageLeavesAFileWithoutStages() throws Exception {
        Scenario s = new DeleteFromStage(Selection.ofNode("exch"), "stage-2").apply(twoStages());
        s = s.withStages(List.of(s.stages().get(0), new Stage("stage-2", "Stage 2", null, SpfAll.FAIL, java.util.Map.of())));
        Scenario onlyToday = StageEdits.remove("stage-2").apply(s);
        assertFalse(onlyToday.isStaged());
        assertTrue(onlyToday.node("exch").isPresent());
        assertTrue(onlyToday.nodes().stream().allMatch(n -> n.stages() == null));
        assertTrue(onlyToday.domains().stream().allMatch(d -> d.stages() == null));
        assertEquals(1, onlyToday.domains().size(), "the entry of the removed stage went with it");
        Scenario onlyTwo = StageEdits.remove("today").apply(s);
        assertFalse(onlyTwo.isStaged());
        assertTrue(onlyTwo.node("exch").isEmpty());
        assertEquals(SpfAll.FAIL, onlyTwo.spfAll(), "the stage's SPF policy becomes the scenario's");
        assertEquals(onlyTwo, reloaded(onlyTwo));
        assertFalse(ScenarioWriter.toJson(onlyTwo).contains("\"stages\""));
    }

    @Test
    void pasteInAStageSetsTheStagesOfWhatItPastes() throws Exception {
        Scenario s = twoStages();
        Fragment copied = Fragment.copy(s.inStage("today"), Set.of("gw", "exch"));
        Paste paste = new Paste(copied, 40, 40, StageScope.tidy(s, StageScope.fromOn(s, "stage-2")));
        Scenario after = paste.apply(s);
        assertEquals(2, paste.pastedIds().size());
        for (String id : paste.pastedIds()) {
            assertEquals(List.of("stage-2"), after.node(id).orElseThrow().stages());
        }
        assertTrue(after.links().stream().filter(l -> paste.pastedIds().contains(l.from()))
                .allMatch(l -> List.of("stage-2").equals(l.stages())), "pasted links keep to the same stages");
        assertEquals(after, reloaded(after));
    }

    @Test
    void aPropertyEditInAStageChangesTheEntryOfThatStageOnly() {
        Scenario s = twoStages();
        // A reconfigured node: two entries of one id in disjoint stages.
        Node today = s.node("gw").orElseThrow().withStages(List.of("today"));
        List<Node> nodes = new java.util.ArrayList<>(s.nodes().stream().filter(n -> !n.id().equals("gw")).toList());
        nodes.add(today);
        nodes.add(today.withName("New gateway").withStages(List.of("stage-2")));
        s = s.withNodes(nodes);
        Scenario renamed = NodeEdits.rename("gw", "Old gateway", "today").apply(s);
        assertEquals("Old gateway", renamed.inStage("today").node("gw").orElseThrow().name());
        assertEquals("New gateway", renamed.inStage("stage-2").node("gw").orElseThrow().name());
        Scenario both = NodeEdits.rename("gw", "Gateway X").apply(s);
        assertEquals("Gateway X", both.inStage("stage-2").node("gw").orElseThrow().name());
        Scenario scoped = new UpdateLink(new LinkKey("gw", "exch"), List.of("contoso.com"), null, "stage-2").apply(s);
        assertNull(scoped.links().stream().filter(l -> l.joins("gw", "exch")).findFirst().orElseThrow().stages(),
                "a link shared by both stages is one entry: editing it edits it in both");
        assertEquals(List.of("contoso.com"), scoped.inStage("today").links().stream()
                .filter(l -> l.joins("gw", "exch")).findFirst().orElseThrow().domains());
    }

    @Test
    void aDomainEditedInALaterStageIsSplitSoTheEarlierStagesKeepIt() throws Exception {
        Scenario s = twoStages();
        Scenario edited = DomainEdits.replace("stage-2", 0,
                s.inStage("stage-2").domains().get(0).withMailboxes(List.of("exo"))).apply(s);
        assertEquals(2, edited.domains().size());
        assertEquals(List.of("exo", "exch"), edited.inStage("today").domains().get(0).mailboxes());
        assertEquals(List.of("exo"), edited.inStage("stage-2").domains().get(0).mailboxes());
        assertEquals(edited, reloaded(edited));
        Scenario inFirst = DomainEdits.replace("today", 0, s.domains().get(0).withMailboxes(List.of("exo"))).apply(s);
        assertEquals(1, inFirst.domains().size(), "from the first stage on is every stage: no split");
        Scenario removed = DomainEdits.remove("stage-2", 0).apply(s);
        assertEquals(1, removed.inStage("today").domains().size());
        assertEquals(0, removed.inStage("stage-2").domains().size());
        Scenario added = DomainEdits.add(com.mailflow.designer.model.Domain.of("fabrikam.com", List.of("exo")), "stage-2")
                .apply(s);
        assertEquals(List.of("stage-2"), added.domain("fabrikam.com").orElseThrow().stages());
        assertSame(s, DomainEdits.add(com.mailflow.designer.model.Domain.of("contoso.com", List.of("exo")), "stage-2")
                .apply(s), "a second contoso.com in stage-2 is refused");
        assertEquals(added, reloaded(added));
    }
}
