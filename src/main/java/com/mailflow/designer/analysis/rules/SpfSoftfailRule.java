package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.SpfAll;
import java.util.List;

/** ~all asks receivers to accept mail from unlisted servers [002: hard-fail once tested]. */
public final class SpfSoftfailRule extends BaseRule {
    public SpfSoftfailRule() {
        super("spf.softfail", Severity.INFO);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        if (ctx.scenario().effectiveSpfAll() != SpfAll.SOFTFAIL) {
            return;
        }
        for (Domain d : ctx.domains()) {
            if (ctx.sends(d)) {
                out.add(List.of(), d.name(), "The SPF record of " + d.name() + " ends in ~all (soft fail): receivers"
                        + " accept mail from servers it does not list, only marking it. Fine while testing; switch"
                        + " to -all once every sender is listed.");
            }
        }
    }
}
