package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.net.IpAddress;
import java.util.List;

/** A private address where the outside world must see a public one. Nodes behind a gateway are not checked. */
public final class AddressNotPublicRule extends BaseRule {
    public AddressNotPublicRule() {
        super("address.not-public", Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            boolean identified = ctx.isIpIdentified(node);
            if (!node.kind().isOrgOwned() || !(identified || ctx.isInternetEgress(node))) {
                continue;
            }
            for (IpAddress a : ctx.addressesOf(node)) {
                if (!a.isPublic()) {
                    out.add(List.of(node.id()), null, name(node) + " has the address " + a + ", which is not public,"
                            + " but it " + (identified ? "connects to the cloud service, which identifies it by IP"
                            : "sends mail straight to the Internet") + ". Other mail systems see the public address"
                            + " after NAT, so " + a + " identifies nothing. Enter the public address it sends from.");
                }
            }
        }
    }
}
