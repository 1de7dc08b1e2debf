package com.mailflow.designer.routing;

import com.mailflow.designer.model.NodeKind;
import java.util.function.IntPredicate;

/**
 * Which links carry Internet-bound mail: unscoped ones only. At the cloud service an unscoped
 * link to another node is an outbound connector for all recipients, so Internet mail takes it
 * instead of the service's own link to the Internet (centralized transport, outbound filter).
 * Decided once per link: searches ask for every edge they walk.
 */
final class OutboundRoutes implements IntPredicate {
    private final boolean[] usable;

    OutboundRoutes(MailGraph graph) {
        int cloud = graph.cloud();
        int internet = graph.internet();
        boolean cloudHasConnectorForAll = false;
        if (cloud >= 0) {
            for (int k = graph.outFirst(cloud); k < graph.outEnd(cloud); k++) {
                int e = graph.outEdge(k);
                cloudHasConnectorForAll |= graph.to(e) != internet && graph.link(e).carriesAll()
                        && graph.kind(graph.to(e)) != NodeKind.INTERNET;
            }
        }
        usable = new boolean[graph.linkCount()];
        for (int e = 0; e < usable.length; e++) {
            usable[e] = graph.link(e).carriesAll()
                    && !(cloudHasConnectorForAll && graph.from(e) == cloud && graph.to(e) == internet);
        }
    }

    @Override
    public boolean test(int edge) {
        return usable[edge];
    }
}
