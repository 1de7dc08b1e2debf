package com.mailflow.designer.edit;

import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sets node positions: a finished drag, a nudge or an automatic layout. Only the layout map
 * changes, so the canvas diff sees moves and the analyzer's input stays the same.
 */
public record MoveNodes(String description, Map<String, Position> positions) implements Command {
    public MoveNodes {
        positions = Map.copyOf(positions);
    }

    public static MoveNodes drag(Map<String, Position> positions) {
        return new MoveNodes(positions.size() == 1 ? "Move node" : "Move " + positions.size() + " nodes", positions);
    }

    @Override
    public Scenario apply(Scenario before) {
        Set<String> ids = new HashSet<>();
        before.nodes().forEach(n -> ids.add(n.id()));
        Map<String, Position> moved = new LinkedHashMap<>();
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            if (ids.contains(e.getKey()) && !e.getValue().equals(before.layout().get(e.getKey()))) {
                moved.put(e.getKey(), e.getValue());
            }
        }
        return moved.isEmpty() ? before : before.withPositions(moved);
    }
}
