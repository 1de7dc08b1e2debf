package com.mailflow.designer.routing;

import com.mailflow.designer.model.Domain;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The paths for one domain with mailboxes, over the links that carry it, shared by the MX choice,
 * inbound, cross-premises and internal flows. A fixed number of searches per domain, each linear
 * in nodes + links, so the cost does not grow with the number of mailbox nodes: a forward search
 * from the MX entry (inbound), one towards the nearest mailbox (internal), one each way from the
 * cross-premises hub, and for the MX choice one per Internet-facing candidate or per mailbox,
 * whichever are fewer. Domains whose links carry them alike share these searches ({@link Searches}).
 */
final class DomainRoutes {
    private final MailGraph graph;
    private final Domain domain;
    private final Searches searches;
    /** Mailbox node positions, ascending, each once. */
    private final int[] mailboxes;
    /** Nodes that receive this domain's mail straight from the Internet, in link order, each once. */
    private final int[] candidates;
    private final MxChoice mx;
    private final int entry;
    private final PathsFrom fromEntry;
    private final boolean[] unreachable;
    private final int hub;
    private ShortestPaths toNearestMailbox;
    private ShortestPaths toHub;
    private int nearestByInternet = -2;

    DomainRoutes(MailGraph graph, Domain domain, Searches.ByLinks searchesByLinks) {
        this.graph = graph;
        this.domain = domain;
        boolean[] carried = carried(graph, domain.name());
        this.searches = searchesByLinks.over(carried);
        this.mailboxes = domain.mailboxes().stream().mapToInt(id -> graph.index().orderOf(id)).filter(i -> i >= 0)
                .sorted().distinct().toArray();
        this.candidates = candidates(carried);
        this.entry = chooseEntry();
        this.fromEntry = entry < 0 ? null : searches.from(entry);
        boolean entryTakesInternetMail = IntStream.of(candidates).anyMatch(c -> c == entry);
        this.unreachable = new boolean[graph.size()];
        for (int m : mailboxes) {
            unreachable[m] = !(entryTakesInternetMail && fromEntry.reaches(m));
        }
        this.mx = new MxChoice(domain.name(), entry < 0 ? null : graph.id(entry), domain.mx() != null,
                IntStream.of(mailboxes).filter(m -> unreachable[m]).mapToObj(graph::id).toList());
        this.hub = chooseHub();
    }

    Domain domain() {
        return domain;
    }

    /** By link position: the links that carry the domain's mail (and are edges of the graph). */
    static boolean[] carried(MailGraph graph, String domain) {
        boolean[] carried = new boolean[graph.linkCount()];
        for (int e = 0; e < carried.length; e++) {
            carried[e] = graph.from(e) >= 0 && graph.link(e).carries(domain);
        }
        return carried;
    }

    /** Mailbox node positions, ascending. Not to be written. */
    int[] mailboxes() {
        return mailboxes;
    }

    MxChoice mx() {
        return mx;
    }

    private int[] candidates(boolean[] carried) {
        int internet = graph.internet();
        if (internet < 0) {
            return new int[0];
        }
        return IntStream.range(graph.outFirst(internet), graph.outEnd(internet)).map(graph::outEdge)
                .filter(edge -> carried[edge]).map(graph::to).distinct().toArray();
    }

    /** The named MX node, else the candidate reaching most mailboxes, then the most MX-like kind, then file order. */
    private int chooseEntry() {
        if (domain.mx() != null) {
            return graph.index().orderOf(domain.mx());
        }
        int[] reach = reachCounts();
        int best = -1;
        for (int i = 0; i < candidates.length; i++) {
            if (best < 0 || better(candidates[i], reach[i], candidates[best], reach[best])) {
                best = i;
            }
        }
        return best < 0 ? -1 : candidates[best];
    }

    private boolean better(int node, int reach, int other, int otherReach) {
        if (reach != otherReach) {
            return reach > otherReach;
        }
        int preference = graph.kind(node).mxPreference();
        int otherPreference = graph.kind(other).mxPreference();
        return preference != otherPreference ? preference < otherPreference : node < other;
    }

    /** For every candidate (same positions), how many mailbox nodes it reaches. */
    private int[] reachCounts() {
        int[] reach = new int[candidates.length];
        if (candidates.length <= mailboxes.length) {
            for (int i = 0; i < candidates.length; i++) {
                PathsFrom paths = searches.from(candidates[i]);
                reach[i] = (int) IntStream.of(mailboxes).filter(paths::reaches).count();
            }
        } else {
            for (int m : mailboxes) {
                ShortestPaths toMailbox = searches.towards(m);
                for (int i = 0; i < candidates.length; i++) {
                    reach[i] += toMailbox.reaches(candidates[i]) ? 1 : 0;
                }
            }
        }
        return reach;
    }

    /** internet, then the shortest path from the MX entry to the mailbox; empty when unreachable. */
    int[] inboundPath(int mailbox) {
        if (unreachable[mailbox]) {
            return ShortestPaths.NO_PATH;
        }
        int[] fromMx = fromEntry.path(mailbox);
        int[] path = new int[fromMx.length + 1];
        path[0] = graph.internet();
        System.arraycopy(fromMx, 0, path, 1, fromMx.length);
        return path;
    }

    /** Shortest path from the hub to {@code to}, or empty. */
    int[] pathFromHub(int to) {
        return searches.from(hub).path(to);
    }

    /** Shortest path from {@code from} to the hub, or empty. */
    int[] pathToHub(int from) {
        if (toHub == null) {
            toHub = searches.towards(hub);
        }
        return toHub.path(from);
    }

    /** The shortest path from {@code sender} to its nearest mailbox node (ties by node order), or null. */
    NodeIds pathToNearestMailbox(int sender) {
        if (toNearestMailbox == null) {
            toNearestMailbox = searches.towards(mailboxes);
        }
        return toNearestMailbox.ids(sender);
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
                if (!unreachable[m] && (nearestByInternet < 0 || fromEntry.hops(m) < fromEntry.hops(nearestByInternet))) {
                    nearestByInternet = m;
                }
            }
        }
        return nearestByInternet;
    }

    /** The cross-premises hub. */
    int hub() {
        return hub;
    }

    /** The cloud service when it hosts mailboxes, else the MX entry when it does, else the first mailbox. */
    private int chooseHub() {
        if (mailboxes.length == 0) {
            return -1;
        }
        if (graph.cloud() >= 0 && Arrays.binarySearch(mailboxes, graph.cloud()) >= 0) {
            return graph.cloud();
        }
        return entry >= 0 && Arrays.binarySearch(mailboxes, entry) >= 0 ? entry : mailboxes[0];
    }
}
