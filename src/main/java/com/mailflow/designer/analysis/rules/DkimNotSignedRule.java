package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Profile;
import java.util.List;

/** The cloud service never handles this domain's outbound mail, so it can't sign it with DKIM. */
public final class DkimNotSignedRule extends BaseRule {
    public DkimNotSignedRule() {
        super("dkim.not-signed", Severity.INFO, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Domain d : ctx.domains()) {
            if (!ctx.sends(d) || ctx.signsInCloud(d)) {
                continue;
            }
            List<String> egresses = ctx.routing().egressesOf(d.name());
            String where = egresses.isEmpty() ? "where it leaves for the Internet"
                    : "at " + String.join(", ", egresses.stream().map(id -> name(ctx.node(id))).toList());
            out.add(egresses, d.name(), d.name() + "'s mail never passes Exchange Online, so Exchange Online can't"
                    + " sign it with DKIM and no DKIM records are proposed for it. Sign it " + where + " (or in the"
                    + " service that sends it) and publish the key that system gives you, so that DMARC can pass on"
                    + " DKIM as well as SPF.");
        }
    }
}
