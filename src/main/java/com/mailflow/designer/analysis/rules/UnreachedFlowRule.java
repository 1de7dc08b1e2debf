package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.Unreached;
import java.util.List;

/** A flow the scenario calls for that no chain of links can carry; subclasses word it per kind. */
abstract class UnreachedFlowRule extends BaseRule {
    private final FlowKind kind;

    UnreachedFlowRule(String code, Severity severity, FlowKind kind) {
        super(code, severity);
        this.kind = kind;
    }

    @Override
    public final void check(AnalysisContext ctx, Findings out) {
        if (ctx.index().internet().isEmpty()) {
            return; // scenario.no-internet says why no flow exists
        }
        for (Unreached u : ctx.routing().unreached()) {
            if (u.kind() == kind && !explainedElsewhere(ctx, u)) {
                List<String> nodes = u.to() == null || !ctx.index().hasNode(u.to()) ? List.of(u.from())
                        : List.of(u.from(), u.to());
                out.add(nodes, u.domain(), message(ctx, u));
            }
        }
    }

    abstract String message(AnalysisContext ctx, Unreached flow);

    /** A more specific rule reports this flow (the cloud's centralized dead end, say). */
    boolean explainedElsewhere(AnalysisContext ctx, Unreached flow) {
        return false;
    }
}
