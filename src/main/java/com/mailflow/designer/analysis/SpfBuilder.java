package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.net.IpAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SPF from the egress of every outbound flow of a domain's senders [003, 002]: ip4, then ip6,
 * then include terms, each in order of first appearance, then the scenario's "all".
 */
final class SpfBuilder {
    static final String GOOGLE_INCLUDE = "_spf.google.com";

    private SpfBuilder() {
    }

    static SpfRecord build(AnalysisContext ctx, Domain domain, boolean parked) {
        if (parked) {
            return new SpfRecord(domain.name(), "v=spf1 -all", 0, List.of());
        }
        Set<String> ip4 = new LinkedHashSet<>();
        Set<String> ip6 = new LinkedHashSet<>();
        Map<String, Integer> includes = new LinkedHashMap<>();
        List<String> contributors = new ArrayList<>();
        for (Node egress : ctx.egressesOf(domain)) {
            contributors.add(egress.id());
            if (ctx.isCloud(egress)) {
                String include = egress.spfInclude().orElse(ctx.profile().defaultSpfInclude());
                includes.putIfAbsent(include, lookupsOf(egress, include));
            } else if (egress.kind().isThirdParty() && egress.spfInclude().isPresent()) {
                includes.putIfAbsent(egress.spfInclude().get(), lookupsOf(egress, egress.spfInclude().get()));
            } else {
                for (IpAddress a : ctx.addressesOf(egress)) {
                    if (egress.kind().isThirdParty() || a.isPublic()) {
                        (a.isIpv4() ? ip4 : ip6).add(a.spfTerm());
                    }
                }
            }
        }
        List<String> terms = new ArrayList<>();
        terms.add("v=spf1");
        terms.addAll(ip4);
        terms.addAll(ip6);
        includes.keySet().forEach(i -> terms.add("include:" + i));
        terms.add(ctx.scenario().effectiveSpfAll().term());
        int lookups = includes.values().stream().mapToInt(Integer::intValue).sum();
        return new SpfRecord(domain.name(), String.join(" ", terms), lookups, contributors);
    }

    private static int lookupsOf(Node node, String include) {
        return node.spfLookups().orElse(GOOGLE_INCLUDE.equalsIgnoreCase(include) ? 4 : 1);
    }
}
