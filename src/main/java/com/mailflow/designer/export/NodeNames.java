package com.mailflow.designer.export;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a node is referred to wherever a person reads (handouts, the designer's tables, findings):
 * by the name people gave it; its id only where a file or a script needs it, or when it has no
 * name. The one place that decides this, so screen and paper say the same.
 */
public final class NodeNames {
    private final Map<String, String> names = new HashMap<>();

    public NodeNames(Scenario scenario) {
        for (Node n : scenario.nodes()) {
            names.put(n.id(), n.name() == null || n.name().isBlank() ? n.id() : n.name());
        }
    }

    public String name(String id) {
        return names.getOrDefault(id, id);
    }

    public String names(List<String> ids, String separator) {
        return ids.stream().map(this::name).collect(Collectors.joining(separator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeNames other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }
}
