package com.mailflow.designer.testing;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.SpfAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Small valid single-stage scenarios from a seed: an Internet node, usually the cloud service, a
 * few organization and third-party nodes with addresses, host names and certificates, random
 * links and one or two domains. Ids repeat between scenarios so that two of them, made into two
 * stages, share, reconfigure, add and remove elements.
 */
public final class RandomScenarios {
    private static final NodeKind[] KINDS = {NodeKind.GATEWAY, NodeKind.MAIL_SERVER, NodeKind.THIRD_PARTY_FILTER,
        NodeKind.APP_SERVER, NodeKind.MAIL_SERVER};
    private static final List<String> DOMAINS = List.of("contoso.com", "fabrikam.com");

    private RandomScenarios() {
    }

    public static Scenario of(Random random) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.of("internet", NodeKind.INTERNET, "Internet"));
        if (random.nextInt(5) > 0) {
            nodes.add(Node.of("exo", NodeKind.CLOUD_SERVICE, "Exchange Online"));
        }
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            NodeKind kind = KINDS[random.nextInt(KINDS.length)];
            String id = "n" + random.nextInt(4);
            if (nodes.stream().anyMatch(n -> n.id().equals(id))) {
                continue;
            }
            Node n = Node.of(id, kind, kind.displayName() + " " + id)
                    .with(NodeAttribute.ADDRESSES, List.of((kind.isThirdParty() ? "198.51." : "20.30.")
                            + random.nextInt(3) + "." + (kind.isThirdParty() ? "0/24" : String.valueOf(10 + random.nextInt(3)))))
                    .with(NodeAttribute.HOSTNAME, id + (random.nextBoolean() ? ".contoso.com" : ".mail.example.net"));
            if (random.nextBoolean() && kind != NodeKind.THIRD_PARTY_FILTER) {
                n = n.with(NodeAttribute.CERTIFICATE, id + ".contoso.com");
            }
            nodes.add(n);
        }
        List<Link> links = new ArrayList<>();
        for (Node a : nodes) {
            for (Node b : nodes) {
                if (a != b && random.nextInt(5) < 2) {
                    boolean scoped = a.kind() == NodeKind.CLOUD_SERVICE && b.kind() != NodeKind.INTERNET
                            && random.nextBoolean();
                    links.add(scoped ? Link.scoped(a.id(), b.id(), List.of("contoso.com")) : Link.of(a.id(), b.id()));
                }
            }
        }
        List<String> hosts = nodes.stream().filter(n -> n.kind().canHostMailboxes()).map(Node::id).toList();
        List<Domain> domains = new ArrayList<>();
        for (String name : DOMAINS.subList(0, 1 + random.nextInt(2))) {
            List<String> mailboxes = hosts.stream().filter(h -> random.nextInt(3) > 0).toList();
            String mx = random.nextInt(4) == 0 && nodes.size() > 1 ? nodes.get(1 + random.nextInt(nodes.size() - 1)).id()
                    : null;
            domains.add(new Domain(name, null, mailboxes, mx, Map.of()));
        }
        return new Scenario("Random " + random.nextInt(1000), null, Profile.EXCHANGE_ONLINE, "contoso",
                random.nextInt(3) == 0 ? SpfAll.fromTerm("~all").orElseThrow() : null, domains, nodes, links, Map.of(),
                Map.of());
    }
}
