package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.ConnectorType;
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
        for (Node node : ctx.nodes()) {
            boolean byIp = ctx.inboundConnectorOf(node).map(InboundConnector::identifyBy).filter(IdentifyBy.IP::equals)
                    .isPresent();
            if (!byIp) {
                continue;
            }
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
