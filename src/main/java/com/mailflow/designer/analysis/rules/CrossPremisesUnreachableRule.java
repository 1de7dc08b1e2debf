package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.Unreached;

/** Mailboxes of one domain in two places can't reach each other in one direction. */
public final class CrossPremisesUnreachableRule extends UnreachedFlowRule {
    public CrossPremisesUnreachableRule() {
        super("cross-premises.unreachable", Severity.ERROR, FlowKind.CROSS_PREMISES);
    }

    @Override
    String message(AnalysisContext ctx, Unreached flow) {
        return "Mail for " + flow.domain() + " can't get from " + name(ctx.node(flow.from())) + " to "
                + name(ctx.node(flow.to())) + ", though both hold its mailboxes (a shared address space). Users in"
                + " one place can't mail users in the other. Add the link (an outbound connector scoped to "
                + flow.domain() + " where it leaves the cloud service).";
    }
}
