package com.mailflow.designer.bench;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A big, realistic topology: Internet, the cloud service, and branches of one gateway with a
 * mail server and application servers and devices behind it. Deterministic for a given size.
 */
public final class LargeScenarios {
    private LargeScenarios() {
    }

    public static Scenario of(int nodeCount) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Map<String, Position> layout = new LinkedHashMap<>();
        nodes.add(Node.of("internet", NodeKind.INTERNET, "Internet"));
        nodes.add(Node.of("exo", NodeKind.CLOUD_SERVICE, "Exchange Online"));
        links.add(Link.of("internet", "exo"));
        links.add(Link.of("exo", "internet"));
        layout.put("internet", new Position(0, 0));
        layout.put("exo", new Position(240, 0));
        List<String> mailboxes = new ArrayList<>(List.of("exo"));
        int branch = 0;
        while (nodes.size() < nodeCount) {
            String gw = "gw" + branch;
            nodes.add(Node.of(gw, NodeKind.GATEWAY, "Gateway " + branch)
                    .with(NodeAttribute.ADDRESSES, List.of("131.107." + (branch / 250) + "." + (branch % 250 + 1))));
            links.add(Link.of(gw, "exo"));
            links.add(Link.scoped("exo", gw, List.of("contoso.com")));
            layout.put(gw, new Position(480, branch * 120.0));
            for (int i = 0; i < 8 && nodes.size() < nodeCount; i++) {
                String id = "b" + branch + "n" + i;
                NodeKind kind = i == 0 ? NodeKind.MAIL_SERVER : i % 2 == 0 ? NodeKind.DEVICE : NodeKind.APP_SERVER;
                nodes.add(Node.of(id, kind, kind.displayName() + " " + branch + "." + i));
                links.add(Link.of(id, gw));
                if (kind == NodeKind.MAIL_SERVER) {
                    links.add(Link.of(gw, id));
                    if (mailboxes.size() < 4) {
                        mailboxes.add(id);
                    }
                }
                layout.put(id, new Position(720 + i * 240.0, branch * 120.0));
            }
            branch++;
        }
        return Scenario.empty(nodeCount + " nodes").withDomains(List.of(Domain.of("contoso.com", mailboxes)))
                .withNodes(nodes).withLinks(links).withLayout(layout);
    }
}
