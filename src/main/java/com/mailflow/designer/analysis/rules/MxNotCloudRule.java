package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.List;

/** The cloud holds the domain's mailboxes but its MX points elsewhere: filtering is less effective [003]. */
public final class MxNotCloudRule extends BaseRule {
    public MxNotCloudRule() {
        super("mx.not-cloud", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Domain d : ctx.domains()) {
            ctx.mxEntryAwayFromCloud(d).ifPresent(entry -> out.add(List.of(entry.id()), d.name(),
                    message(entry, ctx.cloud().orElseThrow(), d, ctx.profile())));
        }
    }

    private static String message(Node entry, Node cloud, Domain d, Profile profile) {
        return "The MX of " + d.name() + " points to " + name(entry) + ", not to " + name(cloud) + ", which holds its"
                + " mailboxes. The service then sees " + name(entry) + " instead of the original sender, so spam"
                + " filtering is less effective: some spam gets through and some good mail is flagged. Point the MX"
                + " to the service if the business allows; otherwise " + switch (profile) {
                    case EXCHANGE_ONLINE -> "keep Enhanced Filtering for Connectors on the connector that receives"
                            + " this mail, so that the service looks past " + name(entry) + " to the real sender.";
                    case GOOGLE_WORKSPACE -> "list " + name(entry) + " as an inbound gateway, so that Gmail looks"
                            + " past it to the real sender.";
                    case FOPE -> "make sure " + name(entry) + " is on the right safelist (gateway servers when it"
                            + " does not filter spam itself).";
                };
    }
}
