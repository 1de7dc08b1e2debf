package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import java.util.List;

/** An MX record needs a host name to point to. */
public final class MxNoHostnameRule extends BaseRule {
    public MxNoHostnameRule() {
        super("mx.no-hostname", Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Domain d : ctx.domains()) {
            ctx.routing().mxOf(d.name()).flatMap(m -> m.entryNode()).map(ctx::node)
                    .filter(n -> n.kind() != NodeKind.CLOUD_SERVICE && n.hostname().isEmpty())
                    .ifPresent(entry -> out.add(List.of(entry.id()), d.name(), message(entry, d)));
        }
    }

    private static String message(Node entry, Domain d) {
        return "Internet mail for " + d.name() + " arrives at " + name(entry) + ", but it has no host name, so no MX"
                + " record can point to it. Enter its public host name (an A record must resolve it to its"
                + " public address).";
    }
}
