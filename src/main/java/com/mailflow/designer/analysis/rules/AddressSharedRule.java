package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.List;

/** An OnPremises connector identified by an address other organizations send from too [001]. */
public final class AddressSharedRule extends BaseRule {
    public AddressSharedRule() {
        super("address.shared", Severity.ERROR, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            if (ctx.isIpIdentified(node) && node.sharedAddresses()) {
                out.add(List.of(node.id()), null, name(node) + " is identified by IP address, but its addresses are"
                        + " shared with other organizations: the connector would accept their mail as yours, and"
                        + " Microsoft does not allow shared addresses on a connector. Give it a certificate and"
                        + " identify it by the certificate name instead.");
            }
        }
    }
}
