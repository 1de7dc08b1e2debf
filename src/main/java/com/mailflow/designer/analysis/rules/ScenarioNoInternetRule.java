package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import java.util.List;

/** An unfinished drawing: without the Internet there is no flow, MX or SPF to derive. */
public final class ScenarioNoInternetRule extends BaseRule {
    public ScenarioNoInternetRule() {
        super("scenario.no-internet", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        if (ctx.index().internet().isEmpty()) {
            out.add(List.of(), null, "The drawing has no Internet node, so no mail to or from the Internet, MX"
                    + " record or SPF record can be derived. Add the Internet from the palette and link it to the node that receives"
                    + " your mail and from the node that sends it out.");
        }
    }
}
