package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Copied nodes with the links among them and their positions: the designer's clipboard content. */
public record Fragment(List<Node> nodes, List<Link> links, Map<String, Position> layout) {
    public Fragment {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        layout = Map.copyOf(layout);
    }

    public static Fragment copy(Scenario scenario, Set<String> nodeIds) {
        List<Node> nodes = scenario.nodes().stream().filter(n -> nodeIds.contains(n.id())).toList();
        List<Link> links = scenario.links().stream()
                .filter(l -> nodeIds.contains(l.from()) && nodeIds.contains(l.to())).toList();
        Map<String, Position> layout = new LinkedHashMap<>();
        nodes.forEach(n -> scenario.position(n.id()).ifPresent(p -> layout.put(n.id(), p)));
        return new Fragment(nodes, links, layout);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
