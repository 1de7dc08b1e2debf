package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import java.util.List;

/** RFC 7208 allows at most 10 DNS-querying terms; past that SPF fails for every message. */
public final class SpfLookupsExceededRule extends BaseRule {
    public SpfLookupsExceededRule() {
        super("spf.lookups-exceeded", Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Domain d : ctx.domains()) {
            int lookups = ctx.sends(d) ? ctx.spfLookups(d) : 0;
            if (lookups > 10) {
                out.add(List.of(), d.name(), "The SPF record of " + d.name() + " needs " + lookups + " DNS lookups;"
                        + " receivers stop at 10 and treat the result as a permanent error, so SPF fails for all its"
                        + " mail. Replace includes with ip4/ip6 terms, or send through fewer services.");
            }
        }
    }
}
