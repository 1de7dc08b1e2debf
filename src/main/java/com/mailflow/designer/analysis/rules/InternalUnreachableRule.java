package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.Unreached;

/** An application can't deliver to a domain's mailboxes, not even out through the Internet and back. */
public final class InternalUnreachableRule extends UnreachedFlowRule {
    public InternalUnreachableRule() {
        super("internal.unreachable", Severity.WARNING, FlowKind.INTERNAL);
    }

    @Override
    String message(AnalysisContext ctx, Unreached flow) {
        return name(ctx.node(flow.from())) + " can't reach any mailbox of " + flow.domain() + ", not even out"
                + " through the Internet and back in through the MX, so its alerts to internal recipients are lost."
                + " Link it to a gateway or to the cloud service.";
    }
}
