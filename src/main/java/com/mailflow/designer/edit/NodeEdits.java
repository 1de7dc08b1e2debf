package com.mailflow.designer.edit;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import java.util.function.UnaryOperator;

/** Commands that change one node in place: rename, set or clear an attribute. */
public final class NodeEdits {
    private NodeEdits() {
    }

    public static Command rename(String id, String name) {
        return Command.of("Rename " + id, s -> "Rename " + NodeNaming.quoted(s, id) + " to '" + name + "'",
                s -> change(s, id, n -> n.withName(name)));
    }

    /** {@code value} null removes the attribute (back to the kind's default). */
    public static Command setAttribute(String id, NodeAttribute attribute, Object value) {
        return Command.of("Set " + attribute.label() + " of " + id,
                s -> "Set " + attribute.label() + " of " + NodeNaming.quoted(s, id),
                s -> change(s, id, n -> n.with(attribute, value)));
    }

    static Scenario change(Scenario s, String id, UnaryOperator<Node> edit) {
        boolean[] changed = {false};
        List<Node> nodes = s.nodes().stream().map(n -> {
            if (!n.id().equals(id)) {
                return n;
            }
            Node edited = edit.apply(n);
            changed[0] = !edited.equals(n);
            return edited;
        }).toList();
        return changed[0] ? s.withNodes(nodes) : s;
    }
}
