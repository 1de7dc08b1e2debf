package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import java.util.List;
import java.util.Optional;

/** Hybrid mail carries headers that a third party on the way may strip or rewrite. */
public final class HybridModifyingHopRule extends BaseRule {
    public HybridModifyingHopRule() {
        super("hybrid.modifying-hop", Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Flow flow : ctx.routing().flows(FlowKind.CROSS_PREMISES)) {
            NodeKind from = ctx.node(flow.from()).kind();
            NodeKind to = ctx.node(flow.to()).kind();
            boolean hybrid = (from == NodeKind.MAIL_SERVER && to == NodeKind.CLOUD_SERVICE)
                    || (from == NodeKind.CLOUD_SERVICE && to == NodeKind.MAIL_SERVER);
            Optional<Node> third = flow.path().stream().map(ctx::node).filter(n -> n.kind().isThirdParty())
                    .findFirst();
            if (hybrid && third.isPresent()) {
                out.add(List.of(flow.from(), flow.to(), third.get().id()), flow.domain(), "Hybrid mail for "
                        + flow.domain() + " from " + name(ctx.node(flow.from())) + " to " + name(ctx.node(flow.to()))
                        + " passes " + name(third.get()) + ". Hybrid mail must arrive unaltered: a third party that"
                        + " rewrites headers or re-signs it breaks cross-premises trust (mail is treated as"
                        + " external). Route hybrid mail directly between the servers and the cloud service.");
            }
        }
    }
}
