package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.DomainPurpose;
import com.mailflow.designer.model.Node;
import java.util.List;

/** Application mail sent as the users' domain shares its reputation [002 rule 2]. */
public final class AppUsesUserDomainRule extends BaseRule {
    public AppUsesUserDomainRule() {
        super("app.uses-user-domain", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node app : ctx.nodes()) {
            if (!app.kind().isApplicationSender()) {
                continue;
            }
            for (String sent : ctx.index().sendsOf(app)) {
                ctx.index().domain(sent).filter(d -> d.effectivePurpose() == DomainPurpose.USERS)
                        .ifPresent(d -> out.add(List.of(app.id()), d.name(), () -> message(app, d)));
            }
        }
    }

    private static String message(Node app, Domain d) {
        return name(app) + " sends as " + d.name() + ", the users' domain. Receivers rate a sender domain's"
                + " reputation, so application mail that looks like spam hurts users' mail too. Give applications"
                + " their own domain or subdomain (e.g. notify." + d.name() + ") with its own SPF record.";
    }
}
