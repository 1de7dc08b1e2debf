package com.mailflow.designer.simulation;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import com.mailflow.designer.routing.Failures;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.LinkEnds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a training session's "fail this node" shows: the design's flows that no longer get through
 * while some nodes or links are down (DNS and connectors unchanged), and per domain how much of its
 * inbound and outbound mail is lost.
 *
 * @param broken the report's flows that stop, in report order
 * @param losses one line per domain that loses mail, in domain order
 */
public record WhatIf(Set<String> failedNodes, Set<LinkEnds> failedLinks, List<Flow> broken, List<Loss> losses) {
    public WhatIf {
        failedNodes = Set.copyOf(failedNodes);
        failedLinks = Set.copyOf(failedLinks);
        broken = List.copyOf(broken);
        losses = List.copyOf(losses);
    }

    /** How many of a domain's flows of one kind stop, of how many. */
    public record Loss(String domain, FlowKind kind, int broken, int total) {
        public boolean all() {
            return broken == total;
        }

        public String describe() {
            return domain + " loses " + (all() ? "all" : broken + " of " + total + " paths of") + " its "
                    + kind.id() + " mail";
        }
    }

    public static WhatIf of(Scenario scenario, Report report, Set<String> failedNodes, Set<LinkEnds> failedLinks) {
        List<Flow> broken = Failures.broken(ScenarioIndex.of(scenario), report.flows(), failedNodes, failedLinks);
        Map<String, int[]> counts = new LinkedHashMap<>();
        scenario.domains().forEach(d -> {
            counts.put(d.name() + "\n" + FlowKind.INBOUND.id(), new int[2]);
            counts.put(d.name() + "\n" + FlowKind.OUTBOUND.id(), new int[2]);
        });
        for (Flow f : report.flows()) {
            int[] c = counts.get(f.domain() + "\n" + f.kind().id());
            if (c != null) {
                c[1]++;
            }
        }
        for (Flow f : broken) {
            int[] c = counts.get(f.domain() + "\n" + f.kind().id());
            if (c != null) {
                c[0]++;
            }
        }
        List<Loss> losses = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c[0] > 0) {
                String[] parts = key.split("\n");
                losses.add(new Loss(parts[0], parts[1].equals("inbound") ? FlowKind.INBOUND : FlowKind.OUTBOUND, c[0], c[1]));
            }
        });
        return new WhatIf(failedNodes, failedLinks, broken, losses);
    }
}
