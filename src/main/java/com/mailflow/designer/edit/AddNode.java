package com.mailflow.designer.edit;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a new node in the stages it names; refused kinds (a second Internet in one of them) and
 * taken ids leave the scenario as it was.
 */
public record AddNode(Node node, Position at) implements Command {
    @Override
    public String description() {
        return "Add " + node.kind().displayName();
    }

    @Override
    public Scenario apply(Scenario before) {
        if (StageScope.refuseNode(before, node).isPresent() || before.node(node.id()).isPresent()) {
            return before;
        }
        List<Node> nodes = new ArrayList<>(before.nodes());
        nodes.add(node);
        Map<String, Position> layout = new LinkedHashMap<>(before.layout());
        layout.put(node.id(), at);
        return before.withNodes(nodes).withLayout(layout);
    }
}
