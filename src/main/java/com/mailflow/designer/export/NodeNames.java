package com.mailflow.designer.export;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Node ids to the names people gave them: handouts speak names, the report speaks ids. */
final class NodeNames {
    private final Map<String, String> names = new HashMap<>();

    NodeNames(Scenario scenario) {
        for (Node n : scenario.nodes()) {
            names.put(n.id(), n.name());
        }
    }

    String name(String id) {
        return names.getOrDefault(id, id);
    }

    String names(List<String> ids, String separator) {
        return ids.stream().map(this::name).collect(Collectors.joining(separator));
    }
}
