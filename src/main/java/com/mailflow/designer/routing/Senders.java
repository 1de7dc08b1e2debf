package com.mailflow.designer.routing;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The senders of a domain, in node order: its mailbox nodes; mail servers hosting no mailboxes
 * whose {@code sends} holds it; application senders whose {@code sends} holds it. One pass over
 * the nodes, each touching only the domains it hosts or names.
 */
final class Senders {
    private static final int[] NONE = new int[0];

    private final IntStream.Builder[] senders;
    /** The last node added to each domain: a node that hosts and names a domain counts once. */
    private final int[] lastAdded;

    private Senders(int domains) {
        senders = new IntStream.Builder[domains];
        Arrays.setAll(senders, d -> IntStream.builder());
        lastAdded = new int[domains];
        Arrays.fill(lastAdded, -1);
    }

    /** For every domain (by name as entered, file order): its senders' node positions in file order. */
    static Map<String, int[]> byDomain(ScenarioIndex index) {
        List<Domain> domains = index.scenario().domains();
        int[][] hostedBy = hostedBy(index);
        // Names compared case-insensitively. A name as entered maps where its lowercased form does,
        // so a node naming a domain as entered finds it without lowercasing (a scan of the name).
        Map<String, int[]> byName = new HashMap<>();
        for (int d = 0; d < domains.size(); d++) {
            byName.merge(domains.get(d).name().toLowerCase(Locale.ROOT), new int[] {d}, Senders::concat);
        }
        for (Domain d : domains) {
            byName.putIfAbsent(d.name(), byName.get(d.name().toLowerCase(Locale.ROOT)));
        }
        Senders found = new Senders(domains.size());
        for (int i = 0; i < index.nodes().size(); i++) {
            Node node = index.nodeAt(i);
            int[] hosted = hostedBy[i] == null ? NONE : hostedBy[i];
            for (int d : hosted) {
                found.add(d, i);
            }
            if (node.kind().isApplicationSender() || node.kind() == NodeKind.MAIL_SERVER && hosted.length == 0) {
                for (String name : index.sendsOf(node)) {
                    int[] named = byName.get(name);
                    for (int d : named != null ? named : byName.getOrDefault(name.toLowerCase(Locale.ROOT), NONE)) {
                        found.add(d, i);
                    }
                }
            }
        }
        Map<String, int[]> byDomain = new LinkedHashMap<>();
        for (int d = 0; d < domains.size(); d++) {
            byDomain.put(domains.get(d).name(), found.senders[d].build().toArray());
        }
        return byDomain;
    }

    private void add(int domain, int node) {
        if (lastAdded[domain] != node) {
            lastAdded[domain] = node;
            senders[domain].add(node);
        }
    }

    /** By node position: the positions of the domains whose mailboxes it hosts, or null for none. */
    private static int[][] hostedBy(ScenarioIndex index) {
        int[][] hostedBy = new int[index.nodes().size()][];
        List<Domain> domains = index.scenario().domains();
        for (int d = 0; d < domains.size(); d++) {
            for (String mailbox : domains.get(d).mailboxes()) {
                int node = index.orderOf(mailbox);
                if (node >= 0) {
                    hostedBy[node] = hostedBy[node] == null ? new int[] {d} : concat(hostedBy[node], new int[] {d});
                }
            }
        }
        return hostedBy;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
