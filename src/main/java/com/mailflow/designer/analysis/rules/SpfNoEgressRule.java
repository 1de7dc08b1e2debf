package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import java.util.List;

/** A domain whose senders reach the Internet nowhere gets no SPF record: v=spf1 -all would fail all its mail. */
public final class SpfNoEgressRule extends BaseRule {
    public SpfNoEgressRule() {
        super("spf.no-egress", Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Domain d : ctx.domains()) {
            if (ctx.sends(d) && ctx.spfValue(d) == null) {
                out.add(ctx.sendersOf(d), d.name(), d.name() + " has senders, but none of them reaches the Internet"
                        + " and no server relays its mail out, so there is nothing to put in its SPF record. No"
                        + " record is proposed: publishing v=spf1 -all would make every message of " + d.name()
                        + " fail SPF once its mail does leave. Draw the path its mail takes to the Internet (an"
                        + " unscoped link towards the node that sends to the Internet).");
            }
        }
    }
}
