package com.mailflow.designer.routing;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        List<Domain> domains = index.scenario().domains();
        List<Set<String>> mailboxesOf = new ArrayList<>();
        Set<String> hostsAny = new HashSet<>();
        for (Domain d : domains) {
            mailboxesOf.add(new HashSet<>(d.mailboxes()));
            hostsAny.addAll(d.mailboxes());
        }
        Map<String, List<Integer>> senders = new LinkedHashMap<>();
        domains.forEach(d -> senders.put(d.name(), new ArrayList<>()));
        // Names compared case-insensitively, each lowercased once rather than per node and domain.
        List<String> lowercase = domains.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < index.nodes().size(); i++) {
            Node node = index.nodeAt(i);
            boolean declaresCount = node.kind().isApplicationSender()
                    || node.kind() == NodeKind.MAIL_SERVER && !hostsAny.contains(node.id());
            Set<String> declared = new HashSet<>();
            if (declaresCount) {
                index.sendsOf(node).forEach(name -> declared.add(name.toLowerCase(Locale.ROOT)));
            }
            for (int d = 0; d < domains.size(); d++) {
                if (mailboxesOf.get(d).contains(node.id()) || declared.contains(lowercase.get(d))) {
                    senders.get(domains.get(d).name()).add(i);
                }
            }
        }
        return senders;
    }
}
