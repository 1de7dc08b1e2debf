package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import java.util.List;

/** A box with no arrows takes part in no mail flow. */
public final class NodeDisconnectedRule extends BaseRule {
    public NodeDisconnectedRule() {
        super("node.disconnected", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            if (!ctx.hasLinks(node)) {
                out.add(List.of(node.id()), null, name(node) + " has no links, so no mail flows through it and"
                        + " nothing is derived for it. Connect it to the node it relays mail to (or from), or"
                        + " delete it.");
            }
        }
    }
}
