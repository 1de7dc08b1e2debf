package com.mailflow.designer.routing;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The paths for one domain with mailboxes, over the links that carry it, shared by the MX choice,
 * inbound, cross-premises and internal flows. A fixed number of searches per domain, each linear
 * in nodes + links, so the cost does not grow with the number of mailbox nodes: a forward search
 * from the MX entry (inbound), one towards the nearest mailbox (internal), one each way from the
 * cross-premises hub, and for the MX choice one per Internet-facing candidate or per mailbox,
 * whichever are fewer.
 */
final class DomainRoutes {
    private final MailGraph graph;
    private final Domain domain;
    private final Predicate<Route> carries;
    private final List<Integer> mailboxes;
    private final List<Integer> candidates;
    private final Map<Integer, PathsFrom> fromNode = new HashMap<>();
    private final MxChoice mx;
    private final int entry;
    private final PathsFrom fromEntry;
    private final boolean[] unreachable;
    private ShortestPaths toNearestMailbox;
    private ShortestPaths toHub;
    private int nearestByInternet = -2;

    DomainRoutes(MailGraph graph, Domain domain) {
        this.graph = graph;
        this.domain = domain;
        List<Link> links = graph.index().scenario().links();
        boolean[] carried = new boolean[links.size()];
        for (int i = 0; i < carried.length; i++) {
            carried[i] = links.get(i).carries(domain.name());
        }
        this.carries = route -> carried[route.order()];
        Set<Integer> ordered = new LinkedHashSet<>();
        domain.mailboxes().stream().map(id -> graph.index().orderOf(id)).filter(i -> i >= 0).sorted()
                .forEach(ordered::add);
        this.mailboxes = List.copyOf(ordered);
        this.candidates = candidates();
        this.entry = chooseEntry();
        this.fromEntry = entry < 0 ? null : from(entry);
        this.unreachable = new boolean[graph.size()];
        mailboxes.stream().filter(m -> !reachesFromInternet(m)).forEach(m -> unreachable[m] = true);
        this.mx = new MxChoice(domain.name(), entry < 0 ? null : graph.id(entry), domain.mx() != null,
                mailboxes.stream().filter(m -> unreachable[m]).map(graph::id).toList());
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

    private PathsFrom from(int node) {
        return fromNode.computeIfAbsent(node, n -> new PathsFrom(graph, n, carries));
    }

    /** Nodes that receive this domain's mail straight from the Internet, in link order. */
    private List<Integer> candidates() {
        Set<Integer> candidates = new LinkedHashSet<>();
        if (graph.internet() >= 0) {
            for (Route route : graph.outgoing(graph.internet())) {
                if (carries.test(route)) {
                    candidates.add(route.to());
                }
            }
        }
        return List.copyOf(candidates);
    }

    private int chooseEntry() {
        if (domain.mx() != null) {
            return graph.index().orderOf(domain.mx());
        }
        Map<Integer, Integer> reach = reachCounts();
        return candidates.stream()
                .max(Comparator.comparingInt((Integer c) -> reach.get(c))
                        .thenComparing(Comparator.comparingInt((Integer e) -> graph.kind(e).mxPreference()).reversed())
                        .thenComparing(Comparator.comparingInt((Integer e) -> e).reversed()))
                .orElse(-1);
    }

    /** For every candidate, how many mailbox nodes it reaches. */
    private Map<Integer, Integer> reachCounts() {
        Map<Integer, Integer> reach = new HashMap<>();
        candidates.forEach(c -> reach.put(c, 0));
        if (candidates.size() <= mailboxes.size()) {
            for (int c : candidates) {
                reach.put(c, (int) mailboxes.stream().filter(from(c)::reaches).count());
            }
        } else {
            for (int m : mailboxes) {
                ShortestPaths toMailbox = new ShortestPaths(graph, m, carries);
                candidates.stream().filter(toMailbox::reaches).forEach(c -> reach.merge(c, 1, Integer::sum));
            }
        }
        return reach;
    }

    /** Whether Internet mail for the domain arrives at the entry and reaches {@code mailbox}. */
    private boolean reachesFromInternet(int mailbox) {
        return fromEntry != null && candidates.contains(entry) && fromEntry.reaches(mailbox);
    }

    /** internet, then the shortest path from the MX entry to the mailbox; empty when unreachable. */
    List<Integer> inboundPath(int mailbox) {
        if (unreachable[mailbox]) {
            return List.of();
        }
        List<Integer> path = new ArrayList<>();
        path.add(graph.internet());
        path.addAll(fromEntry.path(mailbox));
        return path;
    }

    /** Shortest path from the hub to {@code to}, or empty. */
    List<Integer> pathFromHub(int to) {
        return from(hub()).path(to);
    }

    /** Shortest path from {@code from} to the hub, or empty. */
    List<Integer> pathToHub(int from) {
        if (toHub == null) {
            toHub = new ShortestPaths(graph, hub(), carries);
        }
        return toHub.path(from);
    }

    /** The shortest path from {@code sender} to its nearest mailbox node (ties by node order), or empty. */
    List<Integer> pathToNearestMailbox(int sender) {
        if (toNearestMailbox == null) {
            toNearestMailbox = new ShortestPaths(graph, mailboxes, carries);
        }
        return toNearestMailbox.path(sender);
    }

    /**
     * The mailbox node with the shortest inbound path (the first in node order on ties), or -1
     * when Internet mail reaches none: where an application's mail for the domain ends up when it
     * can only go out to the Internet and come back in.
     */
    int nearestByInternet() {
        if (nearestByInternet == -2) {
            nearestByInternet = -1;
            for (int m : mailboxes) {
                if (!unreachable[m] && (nearestByInternet < 0
                        || inboundPath(m).size() < inboundPath(nearestByInternet).size())) {
                    nearestByInternet = m;
                }
            }
        }
        return nearestByInternet;
    }

    /** The cross-premises hub: the cloud service when it hosts mailboxes, else the MX entry or first mailbox. */
    int hub() {
        if (graph.cloud() >= 0 && mailboxes.contains(graph.cloud())) {
            return graph.cloud();
        }
        return mailboxes.contains(entry) ? entry : mailboxes.get(0);
    }
}
