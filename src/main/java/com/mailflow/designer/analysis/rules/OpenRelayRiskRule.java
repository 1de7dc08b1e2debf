package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import java.util.List;

/** A node that takes mail from the Internet and sends to it could be an open relay [000 tips]. */
public final class OpenRelayRiskRule extends BaseRule {
    public OpenRelayRiskRule() {
        super("relay.open-risk", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            if (node.kind().isOrgOwned() && ctx.receivesFromInternet(node) && ctx.sendsToInternet(node)
                    && !node.relayRestricted()) {
                out.add(List.of(node.id()), null, name(node) + " receives mail from the Internet and sends mail to"
                        + " it. If it relays for unauthenticated senders, spammers will use it and the organization"
                        + " ends up on block lists. Confirm it accepts Internet mail only for your own domains, then"
                        + " tick 'Refuses open relay'.");
            }
        }
    }
}
