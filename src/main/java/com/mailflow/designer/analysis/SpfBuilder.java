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
 * SPF [Set up SPF; SMTP relay for applications; mailboxes in multiple locations]: the egress of
 * every outbound flow of a domain's senders, the cloud service's include whenever it hosts or relays
 * the domain's mail, and the organization's servers that relay through it. ip4, then ip6, then
 * include terms, each in order of first appearance, then the scenario's "all".
 */
final class SpfBuilder {
    static final String GOOGLE_INCLUDE = "_spf.google.com";
    private final AnalysisContext ctx;
    private final Set<String> ip4 = new LinkedHashSet<>();
    private final Set<String> ip6 = new LinkedHashSet<>();
    private final Map<String, Integer> includes = new LinkedHashMap<>();

    private SpfBuilder(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    static SpfRecord build(AnalysisContext ctx, Domain domain, boolean parked) {
        if (parked) {
            return new SpfRecord(domain.name(), "v=spf1 -all", 0);
        }
        return new SpfBuilder(ctx).record(domain);
    }

    private SpfRecord record(Domain domain) {
        for (Node egress : ctx.egressesOf(domain)) {
            java.util.Optional<String> include = SpfIncludes.of(egress, ctx.profile());
            if (include.isPresent()) {
                include(egress, include.get());
            } else {
                addresses(egress, egress.kind().isThirdParty());
            }
        }
        throughCloud(domain);
        if (ip4.isEmpty() && ip6.isEmpty() && includes.isEmpty()) {
            return new SpfRecord(domain.name(), null, 0);
        }
        List<String> terms = new ArrayList<>();
        terms.add("v=spf1");
        terms.addAll(ip4);
        terms.addAll(ip6);
        includes.keySet().forEach(i -> terms.add("include:" + i));
        terms.add(ctx.scenario().effectiveSpfAll().term());
        int lookups = includes.values().stream().mapToInt(Integer::intValue).sum();
        return new SpfRecord(domain.name(), String.join(" ", terms), lookups);
    }

    /**
     * The cloud service's include when it hosts the domain's mailboxes or relays its mail, even if its
     * Internet mail leaves through another node; and the public addresses of the organization's nodes
     * that hand it the domain's mail (their mail can still leave directly while a migration is half done).
     */
    private void throughCloud(Domain domain) {
        if (ctx.cloud().isEmpty()) {
            return;
        }
        Node cloud = ctx.cloud().get();
        boolean relays = domain.mailboxes().contains(cloud.id());
        Set<String> handing = new LinkedHashSet<>(); // many senders hand their mail to the same few gateways
        for (String sender : ctx.sendersOf(domain)) {
            relays |= ctx.cloudRelays(sender);
            handing.addAll(ctx.handedToCloud(sender));
        }
        for (String id : handing) {
            Node before = ctx.node(id);
            if (before.kind().isOrgOwned()) {
                addresses(before, false);
            }
        }
        if (relays) {
            cloudInclude(cloud);
        }
    }

    private void cloudInclude(Node cloud) {
        include(cloud, SpfIncludes.of(cloud, ctx.profile()).orElseThrow());
    }

    private void include(Node node, String include) {
        includes.putIfAbsent(include, node.spfLookups().orElse(GOOGLE_INCLUDE.equalsIgnoreCase(include) ? 4 : 1));
    }

    /** Public addresses only, but a third party's as given (the provider publishes them). */
    private void addresses(Node node, boolean asGiven) {
        for (IpAddress a : ctx.addressesOf(node)) {
            if (asGiven || a.isPublic()) {
                (a.isIpv4() ? ip4 : ip6).add(a.spfTerm());
            }
        }
    }
}
