package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Application bursts hurt the reputation of a gateway that users' mail leaves by too [002 rule 1]. */
public final class AppSharesUserGatewayRule extends BaseRule {
    public AppSharesUserGatewayRule() {
        super("app.shares-user-gateway", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        Set<String> userEgress = new HashSet<>();
        for (Node node : ctx.nodes()) {
            if (node.kind().isUserMailSender()) {
                ctx.routing().egressOf(node.id()).ifPresent(userEgress::add);
            }
        }
        for (Node app : ctx.nodes()) {
            if (!app.kind().isApplicationSender()) {
                continue;
            }
            ctx.routing().egressOf(app.id()).map(ctx::node)
                    .filter(e -> e.kind().isOrgOwned() && userEgress.contains(e.id()))
                    .ifPresent(gateway -> out.add(List.of(app.id(), gateway.id()), null, () -> name(app) + " sends its"
                            + " mail to the Internet through " + name(gateway) + ", which also carries users' mail."
                            + " A sudden burst of application mail harms that server's reputation, and users' mail"
                            + " pays for it. Keep a dedicated SMTP gateway (its own public address) for"
                            + " applications."));
        }
    }
}
