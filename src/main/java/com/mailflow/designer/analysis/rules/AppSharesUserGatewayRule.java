package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Application bursts hurt the reputation of a gateway that users' mail leaves by too [002 rule 1]. */
public final class AppSharesUserGatewayRule extends BaseRule {
    public AppSharesUserGatewayRule() {
        super("app.shares-user-gateway", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        // Read off the outbound flows: a sender's flows share its one path, so each is seen once.
        Set<String> userEgress = new HashSet<>();
        Map<String, String> appEgress = new LinkedHashMap<>();
        for (Flow f : ctx.routing().flows(FlowKind.OUTBOUND)) {
            NodeKind kind = ctx.node(f.from()).kind();
            if (kind.isUserMailSender()) {
                userEgress.add(f.beforeLast());
            } else if (kind.isApplicationSender()) {
                appEgress.putIfAbsent(f.from(), f.beforeLast());
            }
        }
        // In flow order; the analyzer sorts findings into node order.
        for (Map.Entry<String, String> e : appEgress.entrySet()) {
            if (!userEgress.contains(e.getValue())) {
                continue;
            }
            Node gateway = ctx.node(e.getValue());
            if (!gateway.kind().isOrgOwned()) {
                continue;
            }
            Node app = ctx.node(e.getKey());
            out.add(List.of(app.id(), gateway.id()), null, () -> name(app) + " sends its mail to the Internet"
                    + " through " + name(gateway) + ", which also carries users' mail. A sudden burst of application"
                    + " mail harms that server's reputation, and users' mail pays for it. Keep a dedicated SMTP"
                    + " gateway (its own public address) for applications.");
        }
    }
}
