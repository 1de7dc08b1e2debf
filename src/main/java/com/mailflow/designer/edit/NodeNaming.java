package com.mailflow.designer.edit;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;

/** How an edit's description names a node: by the name people gave it, its id only when it has none. */
final class NodeNaming {
    private NodeNaming() {
    }

    static String quoted(Scenario s, String id) {
        return "'" + s.node(id).map(Node::name).filter(n -> !n.isBlank()).orElse(id) + "'";
    }
}
