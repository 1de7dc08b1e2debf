package com.mailflow.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {
    @Test
    void columnsRunFromInternetToDevices() {
        Map<String, Position> p = AutoLayout.compute(Scenarios.hybrid());
        assertTrue(p.get("internet").x() < p.get("exo").x());
        assertTrue(p.get("exo").x() < p.get("gw").x());
        assertTrue(p.get("gw").x() < p.get("exch").x());
    }

    @Test
    void rowsAreSpreadEvenlyAndCentred() {
        List<Node> nodes = new ArrayList<>(Scenarios.hybrid().nodes());
        nodes.add(Node.of("gw2", NodeKind.GATEWAY, "Second gateway"));
        nodes.add(Node.of("gw3", NodeKind.GATEWAY, "Third gateway"));
        Map<String, Position> p = AutoLayout.compute(Scenarios.hybrid().withNodes(nodes));
        assertEquals(p.get("gw2").y(), p.get("exo").y());
        assertEquals(p.get("gw2").y() - p.get("gw").y(), p.get("gw3").y() - p.get("gw2").y());
        assertEquals(0, p.get("gw").y() % Grid.SIZE);
    }

    @Test
    void layoutIsOneUndoStep() {
        CommandStack stack = new CommandStack(Scenarios.hybrid());
        stack.push(AutoLayout.command());
        stack.undo();
        assertEquals(Scenarios.hybrid(), stack.current());
    }

    @Test
    void emptyScenarioHasNoPositions() {
        assertTrue(AutoLayout.compute(Scenario.empty("x")).isEmpty());
    }
}
