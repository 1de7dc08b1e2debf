package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import java.util.List;

/** A node the outside world must recognize by address has none. */
public final class AddressMissingRule extends BaseRule {
    public AddressMissingRule() {
        super("address.missing", Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            if (!node.addresses().isEmpty()) {
                continue;
            }
            boolean egress = ctx.isInternetEgress(node);
            if (node.kind().isOrgOwned() && (egress || ctx.isIpIdentified(node))) {
                out.add(List.of(node.id()), null, name(node) + " has no address, but " + (egress
                        ? "it sends mail to the Internet, so SPF must list its public address"
                        : "the cloud service must identify it by address (it has no certificate)")
                        + ". Enter its public address" + (egress ? "." : ", or a certificate name."));
            } else if (node.kind().isThirdParty() && egress && node.spfInclude().isEmpty()) {
                out.add(List.of(node.id()), null, name(node) + " sends mail to the Internet but has neither an SPF"
                        + " include nor addresses, so SPF can't authorize it. Enter the include the provider"
                        + " documents (e.g. spf.provider.example) or its sending addresses.");
            }
        }
    }
}
