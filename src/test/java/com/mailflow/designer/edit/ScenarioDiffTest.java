package com.mailflow.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioDiffTest {
    private final Scenario hybrid = Scenarios.hybrid();

    @Test
    void moveIsOnlyAMove() {
        Scenario moved = MoveNodes.drag(Map.of("gw", new Position(0, 300))).apply(hybrid);
        ScenarioDiff d = ScenarioDiff.between(hybrid, moved);
        assertEquals(Map.of("gw", new Position(0, 300)), d.moved());
        assertTrue(d.addedNodes().isEmpty() && d.changedNodes().isEmpty() && d.removedNodes().isEmpty());
        assertTrue(d.addedLinks().isEmpty() && d.removedLinks().isEmpty());
    }

    @Test
    void deleteShowsRemovedNodeAndLinks() {
        ScenarioDiff d = ScenarioDiff.between(hybrid, new DeleteSelection(Selection.ofNode("gw")).apply(hybrid));
        assertEquals(List.of("gw"), d.removedNodes());
        assertEquals(3, d.removedLinks().size());
    }

    @Test
    void renameAndRelabelAreChanges() {
        Scenario after = NodeEdits.rename("gw", "Edge").apply(hybrid);
        after = new UpdateLink(new LinkKey("gw", "exch"), null, "x").apply(after);
        ScenarioDiff d = ScenarioDiff.between(hybrid, after);
        assertEquals("Edge", d.changedNodes().get(0).name());
        assertEquals(List.of(Link.of("gw", "exch").withLabel("x")), d.changedLinks());
    }

    @Test
    void sameScenarioIsEmptyDiff() {
        assertTrue(ScenarioDiff.between(hybrid, hybrid).isEmpty());
    }
}
