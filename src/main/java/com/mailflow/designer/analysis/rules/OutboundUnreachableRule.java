package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.Unreached;

/** A sender of a domain has no path to the Internet. */
public final class OutboundUnreachableRule extends UnreachedFlowRule {
    public OutboundUnreachableRule() {
        super("outbound.unreachable", Severity.WARNING, FlowKind.OUTBOUND);
    }

    @Override
    boolean explainedElsewhere(AnalysisContext ctx, Unreached flow) {
        return ctx.cloud().filter(c -> c.id().equals(flow.from())).isPresent()
                && !CentralizedDeadEndRule.deadEnds(ctx).isEmpty();
    }

    @Override
    String message(AnalysisContext ctx, Unreached flow) {
        return name(ctx.node(flow.from())) + " sends mail as " + flow.domain() + " but has no path to the Internet"
                + " over links that carry all recipients (a link scoped to named domains carries no Internet-bound"
                + " mail). Its mail to outside recipients would queue and bounce. Add an unscoped link towards the"
                + " node that sends to the Internet.";
    }
}
