package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import java.util.List;

/** A dynamic address can't identify a server, stay safelisted, or keep a sending reputation [000]. */
public final class AddressDynamicRule extends BaseRule {
    public AddressDynamicRule() {
        super("address.dynamic", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            if (!node.kind().isOrgOwned() || node.staticIp()) {
                continue;
            }
            boolean safelisted = ctx.safelist().stream().anyMatch(e -> e.add() && e.node().equals(node.id()));
            if (ctx.isIpIdentified(node) || safelisted || ctx.isInternetEgress(node)) {
                out.add(List.of(node.id()), null, name(node) + " has no static address, yet "
                        + (ctx.isInternetEgress(node) ? "it sends mail to the Internet" : "the cloud service trusts it"
                        + " by address") + ". When the address changes, mail is rejected or lands in spam. Give it"
                        + " a static public address" + (ctx.linksIntoCloud(node) ? ", or identify it by certificate"
                        + " or SMTP AUTH." : "."));
            }
        }
    }
}
