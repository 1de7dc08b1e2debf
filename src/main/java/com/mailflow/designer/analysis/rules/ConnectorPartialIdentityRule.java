package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.ConnectorType;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.List;

/**
 * A Partner connector restricted to its sender's addresses would reject mail from any address it
 * had to leave out, so the restriction is not applied and this says which addresses to fix.
 */
public final class ConnectorPartialIdentityRule extends BaseRule {
    public ConnectorPartialIdentityRule() {
        super("connector.partial-identity", Severity.ERROR, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Connector c : ctx.connectors()) {
            if (c instanceof InboundConnector in && in.type() == ConnectorType.PARTNER
                    && !in.leftOutAddresses().isEmpty()) {
                Node node = ctx.node(in.nodes().get(0));
                out.add(List.of(node.id()), null, "The inbound connector " + in.name() + " can't list "
                        + String.join(", ", in.leftOutAddresses()) + " of " + name(node) + " (SenderIPAddresses takes"
                        + " IPv4 from /24 to /32, and a range up to /16 as its /24 blocks). Restricted to its addresses,"
                        + " it would reject the mail " + name(node) + " sends from those, so the restriction is not"
                        + " applied: anyone could send through this connector's path. Give " + name(node) + " a"
                        + " certificate name, or replace those addresses with ones the connector can list.");
            }
        }
    }
}
