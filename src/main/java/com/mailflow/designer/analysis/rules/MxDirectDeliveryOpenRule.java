package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.List;

/**
 * The MX points to the organization's own gateway, but the tenant's own MX host still takes mail
 * from anyone: spammers who find it skip the on-premises filter [mailboxes in multiple locations].
 */
public final class MxDirectDeliveryOpenRule extends BaseRule {
    public MxDirectDeliveryOpenRule() {
        super("mx.direct-delivery-open", Severity.WARNING, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Domain d : ctx.domains()) {
            ctx.mxEntryAwayFromCloud(d).filter(e -> e.kind().isOrgOwned()).ifPresent(entry -> out.add(
                    List.of(entry.id()), d.name(), message(ctx.cloud().orElseThrow(), entry, d)));
        }
    }

    private static String message(Node cloud, Node entry, Domain d) {
        return "The MX of " + d.name() + " points to " + name(entry) + ", but " + name(cloud) + " still accepts mail"
                + " for " + d.name() + " from anyone who connects to its own MX host (the <domain>.mail.protection"
                + ".outlook.com name is easy to guess), and that mail skips the filtering at " + name(entry) + ". Once the"
                + " MX has pointed to " + name(entry) + " for longer than its TTL (the lock-down phase), accept"
                + " Internet mail for " + d.name() + " only from " + name(entry) + ": a connector restricted to its"
                + " certificate or addresses, or a mail flow rule that rejects outside mail not received from it."
                + " Test it with a message sent straight to the MX host before relying on it.";
    }
}
