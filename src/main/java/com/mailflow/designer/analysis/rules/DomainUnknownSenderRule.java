package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import java.util.List;

/** A node sends as a domain the organization has not declared: no SPF, DKIM or DMARC is derived for it. */
public final class DomainUnknownSenderRule extends BaseRule {
    public DomainUnknownSenderRule() {
        super("domain.unknown-sender", Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            for (String sent : node.sends().orElse(List.of())) {
                if (ctx.index().orderOfDomain(sent) < 0) {
                    out.add(List.of(node.id()), sent, name(node) + " sends as " + sent + ", which is not one of the"
                            + " scenario's domains, so no SPF, DKIM or DMARC record is derived for it and the cloud"
                            + " service may reject its mail. Add " + sent + " to the domains, or correct the sender"
                            + " domain.");
                }
            }
        }
    }
}
