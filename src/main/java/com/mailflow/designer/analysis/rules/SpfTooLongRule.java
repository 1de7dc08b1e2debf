package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import java.util.List;

/** Long SPF records risk DNS answers over 512 bytes, which some resolvers handle badly. */
public final class SpfTooLongRule extends BaseRule {
    public SpfTooLongRule() {
        super("spf.too-long", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Domain d : ctx.domains()) {
            int length = ctx.sends(d) && ctx.spfValue(d) != null ? ctx.spfValue(d).length() : 0;
            if (length > 450) {
                out.add(List.of(), d.name(), "The SPF record of " + d.name() + " is " + length + " characters long."
                        + " DNS answers that large may be truncated and retried over TCP, and some receivers then"
                        + " fail SPF. Summarize addresses into ranges or use the providers' includes.");
            }
        }
    }
}
