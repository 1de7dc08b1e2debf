package com.mailflow.designer.routing;

import com.mailflow.designer.model.NodeKind;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Which links carry Internet-bound mail: unscoped ones only. At the cloud service an unscoped
 * link to another node is an outbound connector for all recipients, so Internet mail takes it
 * instead of the service's own link to the Internet (centralized transport, outbound filter).
 */
final class OutboundRoutes implements Predicate<Route> {
    private final int cloud;
    private final int internet;
    private final boolean cloudHasConnectorForAll;

    OutboundRoutes(MailGraph graph) {
        this.cloud = graph.cloud();
        this.internet = graph.internet();
        this.cloudHasConnectorForAll = cloud >= 0 && Arrays.stream(graph.outgoing(cloud))
                .anyMatch(r -> r.to() != internet && r.link().carriesAll()
                        && graph.kind(r.to()) != NodeKind.INTERNET);
    }

    @Override
    public boolean test(Route route) {
        if (!route.link().carriesAll()) {
            return false;
        }
        return !(cloudHasConnectorForAll && route.from() == cloud && route.to() == internet);
    }
}
