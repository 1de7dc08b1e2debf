package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.SinglePoints;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A node that alone carries a domain's inbound (or outbound) mail: every such flow of the domain
 * needs it (docs/rules.md, Resilience). The cloud service is left out: the design rests on it by
 * definition, and it is a service, not one box. A sender that is itself the only way out counts.
 */
public final class ResilienceSinglePointRule extends BaseRule {
    public ResilienceSinglePointRule() {
        super("resilience.single-point", Severity.INFO);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Domain d : ctx.domains()) {
            report(ctx, out, d, FlowKind.INBOUND, "inbound");
            report(ctx, out, d, FlowKind.OUTBOUND, "outbound");
        }
    }

    private static void report(AnalysisContext ctx, Findings out, Domain d, FlowKind kind, String word) {
        List<SinglePoints> flows = ctx.resilience().stream()
                .filter(s -> s.flow().kind() == kind && s.flow().domain().equals(d.name())).toList();
        if (flows.isEmpty()) {
            return;
        }
        Set<String> carriers = null;
        Set<String> needed = new LinkedHashSet<>();
        for (SinglePoints s : flows) {
            Set<String> here = new LinkedHashSet<>(s.nodes());
            needed.addAll(s.nodes());
            if (kind == FlowKind.OUTBOUND) {
                here.add(s.flow().from());
            }
            if (carriers == null) {
                carriers = here;
            } else {
                carriers.retainAll(here);
            }
        }
        List<String> alone = new ArrayList<>();
        for (String id : carriers) {
            if (needed.contains(id) && ctx.node(id).kind() != NodeKind.CLOUD_SERVICE) {
                alone.add(id);
            }
        }
        for (String id : alone) {
            String name = name(ctx.node(id));
            out.add(List.of(id), d.name(), () -> name + " alone carries the " + word + " mail of " + d.name()
                    + ": every " + word + " path of the domain passes it, so while it is down that mail waits in"
                    + " queues and, after the retry period, bounces. If that is not acceptable, give the domain a"
                    + " second " + (kind == FlowKind.INBOUND ? "MX host or path" : "way out") + " (a second node"
                    + " with the same links), or note the accepted risk.");
        }
    }
}
