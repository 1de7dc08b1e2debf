package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.net.IpAddress;
import java.util.List;

/** Inbound connectors take only IPv4 in SenderIPAddresses. */
public final class Ipv6UnsupportedRule extends BaseRule {
    public Ipv6UnsupportedRule() {
        super("address.ipv6-unsupported", Severity.WARNING, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        // Only the few IP-identified connectors, not every node of the drawing.
        for (Connector c : ctx.connectors()) {
            if (!(c instanceof InboundConnector in) || in.identifyBy() != IdentifyBy.IP) {
                continue;
            }
            Node node = ctx.node(in.nodes().get(0));
            for (IpAddress a : ctx.addressesOf(node)) {
                if (a.isIpv6()) {
                    out.add(List.of(node.id()), null, "The inbound connector for " + name(node) + " can't use " + a
                            + ": Exchange Online connectors accept only IPv4 sender addresses. Identify the server"
                            + " by certificate, or make sure it connects over IPv4 from a listed address.");
                }
            }
        }
    }
}
