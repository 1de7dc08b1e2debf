package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import java.util.List;

/**
 * An unscoped link from the cloud service is an outbound connector for all recipients: its Internet
 * mail takes it (centralized transport). When no path goes on from there, all of it is stuck.
 */
public final class CentralizedDeadEndRule extends BaseRule {
    public CentralizedDeadEndRule() {
        super("outbound.centralized-dead-end", Severity.ERROR);
    }

    /** The cloud's unscoped links to other nodes, when its own Internet mail finds no way out through them. */
    static List<Link> deadEnds(AnalysisContext ctx) {
        if (ctx.cloud().isEmpty() || ctx.index().internet().isEmpty()) {
            return List.of();
        }
        Node cloud = ctx.cloud().get();
        boolean sends = ctx.domains().stream().anyMatch(d -> ctx.sendersOf(d).contains(cloud.id()));
        if (!sends || ctx.routing().egressOf(cloud.id()).isPresent()) {
            return List.of();
        }
        return ctx.scenario().links().stream()
                .filter(l -> l.from().equals(cloud.id()) && l.carriesAll())
                .filter(l -> ctx.node(l.to()).kind() != NodeKind.INTERNET)
                .toList();
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        List<Link> links = deadEnds(ctx);
        if (links.isEmpty()) {
            return;
        }
        Node cloud = ctx.cloud().orElseThrow();
        for (Link link : links) {
            Node to = ctx.node(link.to());
            List<String> hosted = ctx.index().domainsHostedBy(to.id()).stream().map(Domain::name).toList();
            out.add(List.of(cloud.id(), to.id()), null, "The link from " + name(cloud) + " to " + name(to)
                    + " carries all recipients, so it is an outbound connector for all of " + name(cloud) + "'s"
                    + " Internet-bound mail (centralized transport), and from " + name(to) + " no path reaches the"
                    + " Internet: that mail would queue and bounce. Either limit the link to the domains whose"
                    + " mailboxes are on " + name(to) + (hosted.isEmpty() ? " (it hosts none yet: add them in the"
                    + " Domains tab, or delete the link)" : " (" + String.join(", ", hosted) + ")") + ", or give "
                    + name(to) + " a way to the Internet.");
        }
    }
}
