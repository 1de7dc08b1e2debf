package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.net.IpAddress;
import java.util.List;

/** A range wider than the service's lists take (Exchange Online: /16, split into /24 blocks; FOPE: /24). */
public final class RangeTooBroadRule extends BaseRule {
    public RangeTooBroadRule() {
        super("address.range-too-broad", Severity.ERROR, Profile.EXCHANGE_ONLINE, Profile.FOPE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        int widest = ctx.profile().widestSafelistPrefix();
        for (Node node : ctx.nodes()) {
            if (ctx.addressesOf(node).stream().noneMatch(a -> a.isIpv4() && a.prefixLength() < widest)) {
                continue; // the common case, decided before asking for the node's connector
            }
            boolean byIp = ctx.inboundConnectorOf(node).map(InboundConnector::identifyBy)
                    .filter(IdentifyBy.IP::equals).isPresent();
            boolean safelistCandidate = node.kind().isOrgOwned() && ctx.linksIntoCloud(node) && !node.sharedAddresses();
            for (IpAddress a : ctx.addressesOf(node)) {
                if (a.isIpv4() && a.prefixLength() < widest && (byIp || (safelistCandidate && a.isPublic()))) {
                    out.add(List.of(node.id()), null, name(node) + " has the range " + a + ", wider than /" + widest
                            + ". The cloud service takes no wider range on a safelist or connector"
                            + (widest < 24 ? " (a range up to /" + widest + " is entered as its /24 blocks)" : "")
                            + ", so this range is left out and mail from it is not recognized. List the sending hosts,"
                            + " or narrower ranges.");
                }
            }
        }
    }
}
