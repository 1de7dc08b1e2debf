package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.ConnectorType;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.List;

/** An IP-identified inbound connector with no address it may use identifies nobody. */
public final class ConnectorNoIdentityRule extends BaseRule {
    public ConnectorNoIdentityRule() {
        super("connector.no-identity", Severity.ERROR, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Connector c : ctx.connectors()) {
            if (c instanceof InboundConnector in && in.identifyBy() == IdentifyBy.IP && in.senderIpAddresses().isEmpty()) {
                Node node = ctx.node(in.nodes().get(0));
                out.add(List.of(node.id()), null, "The inbound connector for " + name(node) + " has nothing to"
                        + " identify it by: no certificate, and no public, unshared IPv4 address of /24 or narrower."
                        + " Its mail would be treated as anonymous Internet mail, filtered as spam or rejected."
                        + " Give it a certificate name or a usable public IPv4 address.");
            }
        }
    }
}
