package com.mailflow.designer.edit;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import java.util.Map;

/** Small scenarios for edit tests. */
public final class Scenarios {
    private Scenarios() {
    }

    /** internet -> exo <-> gw -> exch, contoso.com on exo and exch. */
    public static Scenario hybrid() {
        return Scenario.empty("Hybrid")
                .withDomains(List.of(Domain.of("contoso.com", List.of("exo", "exch")).withMx("exo")))
                .withNodes(List.of(
                        Node.of("internet", NodeKind.INTERNET, "Internet"),
                        Node.of("exo", NodeKind.CLOUD_SERVICE, "Exchange Online"),
                        Node.of("gw", NodeKind.GATEWAY, "Gateway").with(NodeAttribute.ADDRESSES, List.of("131.107.1.17")),
                        Node.of("exch", NodeKind.MAIL_SERVER, "Exchange")))
                .withLinks(List.of(Link.of("internet", "exo"), Link.of("exo", "gw"), Link.of("gw", "exo"),
                        Link.of("gw", "exch")))
                .withLayout(Map.of("internet", new Position(0, 0), "exo", new Position(200, 0),
                        "gw", new Position(400, 0), "exch", new Position(600, 0)));
    }
}
