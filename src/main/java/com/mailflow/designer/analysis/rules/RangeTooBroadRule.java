package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.net.IpAddress;
import java.util.List;

/** A range wider than /24 that would have to be safelisted or put on an IP-identified connector. */
public final class RangeTooBroadRule extends BaseRule {
    public RangeTooBroadRule() {
        super("address.range-too-broad", Severity.ERROR, Profile.EXCHANGE_ONLINE, Profile.FOPE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            boolean byIp = ctx.inboundConnectorOf(node).map(InboundConnector::identifyBy).filter("ip"::equals)
                    .isPresent();
            boolean safelistCandidate = node.kind().isOrgOwned() && ctx.linksIntoCloud(node) && !node.sharedAddresses();
            for (IpAddress a : ctx.addressesOf(node)) {
                if (a.isWiderThan24() && (byIp || (safelistCandidate && a.isPublic()))) {
                    out.add(List.of(node.id()), null, name(node) + " has the range " + a + ", wider than /24."
                            + " The cloud service accepts no wider range on a safelist or connector, and so wide a"
                            + " range would trust many hosts that never send mail. List the sending hosts, or a /24"
                            + " or narrower range.");
                }
            }
        }
    }
}
