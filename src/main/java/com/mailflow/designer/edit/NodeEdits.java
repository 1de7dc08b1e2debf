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
        return rename(id, name, null);
    }

    /**
     * Renames the entry of node {@code id} that is in stage {@code stageId} (null: every entry): a
     * node reconfigured between stages has one entry per configuration (plan.md section 1).
     */
    public static Command rename(String id, String name, String stageId) {
        return Command.of("Rename " + id, s -> "Rename " + NodeNaming.quoted(s, id) + " to '" + name + "'",
                s -> change(s, id, stageId, n -> n.withName(name)));
    }

    /** {@code value} null removes the attribute (back to the kind's default). */
    public static Command setAttribute(String id, NodeAttribute attribute, Object value) {
        return setAttribute(id, attribute, value, null);
    }

    /** As {@link #setAttribute(String, NodeAttribute, Object)} on the entry in stage {@code stageId} (null: every entry). */
    public static Command setAttribute(String id, NodeAttribute attribute, Object value, String stageId) {
        return Command.of("Set " + attribute.label() + " of " + id,
                s -> "Set " + attribute.label() + " of " + NodeNaming.quoted(s, id),
                s -> change(s, id, stageId, n -> n.with(attribute, value)));
    }

    static Scenario change(Scenario s, String id, String stageId, UnaryOperator<Node> edit) {
        boolean[] changed = {false};
        List<Node> nodes = s.nodes().stream().map(n -> {
            if (!n.id().equals(id) || (stageId != null && !n.presentIn(stageId))) {
                return n;
            }
            Node edited = edit.apply(n);
            changed[0] |= !edited.equals(n);
            return edited;
        }).toList();
        return changed[0] ? s.withNodes(nodes) : s;
    }
}
