package com.mailflow.designer.routing;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The senders of a domain, in node order: its mailbox nodes; mail servers hosting no mailboxes
 * whose {@code sends} holds it; application senders whose {@code sends} holds it.
 */
public final class Senders {
    private Senders() {
    }

    /** Node positions in file order. */
    static List<Integer> of(ScenarioIndex index, Domain domain) {
        Set<String> hostsAny = new HashSet<>();
        index.scenario().domains().forEach(d -> hostsAny.addAll(d.mailboxes()));
        List<Integer> senders = new ArrayList<>();
        for (int i = 0; i < index.nodes().size(); i++) {
            if (sends(index, index.nodeAt(i), domain, hostsAny)) {
                senders.add(i);
            }
        }
        return senders;
    }

    /** Node ids in file order. */
    public static List<String> idsOf(ScenarioIndex index, Domain domain) {
        return of(index, domain).stream().map(i -> index.nodeAt(i).id()).toList();
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
