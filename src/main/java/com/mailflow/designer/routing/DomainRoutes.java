package com.mailflow.designer.routing;

import com.mailflow.designer.model.Domain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The paths for one domain with mailboxes: one reverse search per mailbox node over the links
 * that carry the domain, shared by the MX choice, inbound, cross-premises and internal flows.
 */
final class DomainRoutes {
    private final MailGraph graph;
    private final Domain domain;
    private final Predicate<Route> carries;
    private final List<Integer> mailboxes;
    private final Map<Integer, ShortestPaths> toMailbox = new HashMap<>();
    private final List<Integer> candidates;
    private final MxChoice mx;
    private final int entry;

    DomainRoutes(MailGraph graph, Domain domain) {
        this.graph = graph;
        this.domain = domain;
        boolean[] carried = new boolean[graph.index().scenario().links().size()];
        for (int i = 0; i < carried.length; i++) {
            carried[i] = graph.index().scenario().links().get(i).carries(domain.name());
        }
        this.carries = route -> carried[route.order()];
        Set<Integer> ordered = new LinkedHashSet<>();
        domain.mailboxes().stream().map(id -> graph.index().orderOf(id)).filter(i -> i >= 0).sorted()
                .forEach(ordered::add);
        this.mailboxes = List.copyOf(ordered);
        for (int mailbox : mailboxes) {
            toMailbox.put(mailbox, new ShortestPaths(graph, mailbox, carries));
        }
        this.candidates = candidates();
        this.entry = chooseEntry();
        this.mx = new MxChoice(domain.name(), entry < 0 ? null : graph.id(entry), domain.mx() != null,
                mailboxes.stream().filter(m -> !reachesFromInternet(m)).map(graph::id).toList());
    }

    Domain domain() {
        return domain;
    }

    List<Integer> mailboxes() {
        return mailboxes;
    }

    MxChoice mx() {
        return mx;
    }

    /** Nodes that receive this domain's mail straight from the Internet, in link order. */
    private List<Integer> candidates() {
        List<Integer> candidates = new ArrayList<>();
        if (graph.internet() < 0) {
            return candidates;
        }
        for (Route route : graph.outgoing(graph.internet())) {
            if (carries.test(route) && !candidates.contains(route.to())) {
                candidates.add(route.to());
            }
        }
        return candidates;
    }

    private int chooseEntry() {
        if (domain.mx() != null) {
            return graph.index().orderOf(domain.mx());
        }
        return candidates.stream()
                .max(Comparator.comparingInt(this::reachCount)
                        .thenComparing(Comparator.comparingInt((Integer e) -> graph.kind(e).mxPreference()).reversed())
                        .thenComparing(Comparator.comparingInt((Integer e) -> e).reversed()))
                .orElse(-1);
    }

    private int reachCount(int candidate) {
        return (int) mailboxes.stream().filter(m -> toMailbox.get(m).reaches(candidate)).count();
    }

    /** Whether Internet mail for the domain arrives at the entry and reaches {@code mailbox}. */
    private boolean reachesFromInternet(int mailbox) {
        return entry >= 0 && candidates().contains(entry) && toMailbox.get(mailbox).reaches(entry);
    }

    /** internet, then the shortest path from the MX entry to the mailbox; empty when unreachable. */
    List<Integer> inboundPath(int mailbox) {
        if (!mx.unreachable().isEmpty() && mx.unreachable().contains(graph.id(mailbox))) {
            return List.of();
        }
        List<Integer> path = new ArrayList<>();
        path.add(graph.internet());
        path.addAll(toMailbox.get(mailbox).path(entry));
        return path;
    }

    /** Shortest path between two nodes over links that carry the domain, or empty. */
    List<Integer> path(int from, int to) {
        ShortestPaths paths = toMailbox.computeIfAbsent(to, t -> new ShortestPaths(graph, t, carries));
        return paths.path(from);
    }

    /** The mailbox node nearest to {@code sender} (ties by node order), or -1 when none is reachable. */
    int nearestMailbox(int sender) {
        int best = -1;
        for (int mailbox : mailboxes) {
            int d = toMailbox.get(mailbox).distance(sender);
            if (d >= 0 && (best < 0 || d < toMailbox.get(best).distance(sender))) {
                best = mailbox;
            }
        }
        return best;
    }

    /** The cross-premises hub: the cloud service when it hosts mailboxes, else the MX entry or first mailbox. */
    int hub() {
        if (graph.cloud() >= 0 && mailboxes.contains(graph.cloud())) {
            return graph.cloud();
        }
        return mailboxes.contains(entry) ? entry : mailboxes.get(0);
    }
}
