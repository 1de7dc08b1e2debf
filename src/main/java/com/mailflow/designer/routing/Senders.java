package com.mailflow.designer.routing;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The senders of a domain, in node order: its mailbox nodes; mail servers hosting no mailboxes
 * whose {@code sends} holds it; application senders whose {@code sends} holds it.
 */
final class Senders {
    private Senders() {
    }

    /** For every domain (by name as entered, file order): its senders' node positions in file order. */
    static Map<String, List<Integer>> byDomain(ScenarioIndex index) {
        Set<String> hostsAny = new HashSet<>();
        index.scenario().domains().forEach(d -> hostsAny.addAll(d.mailboxes()));
        Map<String, List<Integer>> senders = new LinkedHashMap<>();
        index.scenario().domains().forEach(d -> senders.put(d.name(), new ArrayList<>()));
        for (int i = 0; i < index.nodes().size(); i++) {
            Node node = index.nodeAt(i);
            for (Domain d : index.scenario().domains()) {
                if (sends(index, node, d, hostsAny)) {
                    senders.get(d.name()).add(i);
                }
            }
        }
        return senders;
    }

    private static boolean sends(ScenarioIndex index, Node node, Domain domain, Set<String> hostsAny) {
        if (domain.mailboxes().contains(node.id())) {
            return true;
        }
        boolean declares = index.sendsOf(node).stream().anyMatch(domain::isNamed);
        if (node.kind() == NodeKind.MAIL_SERVER) {
            return !hostsAny.contains(node.id()) && declares;
        }
        return node.kind().isApplicationSender() && declares;
    }
}
