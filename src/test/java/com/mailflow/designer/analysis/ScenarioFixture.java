package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.DomainPurpose;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.SpfAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds scenarios for tests in a few lines. Nodes and links keep the order they are added in
 * (node order and link order matter to the analysis); a node's name is its id.
 */
public final class ScenarioFixture {
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Domain> domains = new ArrayList<>();
    private final Map<String, Position> layout = new LinkedHashMap<>();
    private Profile profile;
    private String tenant;
    private SpfAll spfAll;

    public static ScenarioFixture scenario() {
        return new ScenarioFixture();
    }

    public ScenarioFixture internet(String id) {
        return node(id, NodeKind.INTERNET);
    }

    public ScenarioFixture cloud(String id) {
        return node(id, NodeKind.CLOUD_SERVICE);
    }

    public ScenarioFixture gateway(String id, String... addresses) {
        return node(id, NodeKind.GATEWAY, addresses);
    }

    public ScenarioFixture mailServer(String id, String... addresses) {
        return node(id, NodeKind.MAIL_SERVER, addresses);
    }

    public ScenarioFixture appServer(String id, String... addresses) {
        return node(id, NodeKind.APP_SERVER, addresses);
    }

    public ScenarioFixture device(String id, String... addresses) {
        return node(id, NodeKind.DEVICE, addresses);
    }

    public ScenarioFixture filter(String id, String... addresses) {
        return node(id, NodeKind.THIRD_PARTY_FILTER, addresses);
    }

    public ScenarioFixture service(String id, String... addresses) {
        return node(id, NodeKind.THIRD_PARTY_SERVICE, addresses);
    }

    /** Adds a node; addresses are set only when some are given. */
    public ScenarioFixture node(String id, NodeKind kind, String... addresses) {
        Node node = Node.of(id, kind, id);
        if (addresses.length > 0) {
            node = node.with(NodeAttribute.ADDRESSES, List.of(addresses));
        }
        nodes.put(id, node);
        return this;
    }

    /** Renames a node added before (the name appears in messages and connector names). */
    public ScenarioFixture named(String id, String name) {
        nodes.computeIfPresent(id, (k, node) -> node.withName(name));
        return this;
    }

    /** Sets (or, with null, removes) an attribute of a node added before. */
    public ScenarioFixture with(String id, NodeAttribute attribute, Object value) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node " + id);
        }
        nodes.put(id, node.with(attribute, value));
        return this;
    }

    /** An unscoped link: carries every recipient's mail. */
    public ScenarioFixture link(String from, String to) {
        links.add(Link.of(from, to));
        return this;
    }

    /** A link scoped to recipient domains. */
    public ScenarioFixture link(String from, String to, String... domainNames) {
        links.add(Link.scoped(from, to, List.of(domainNames)));
        return this;
    }

    /** Unscoped links along a chain: {@code chain("a", "b", "c")} adds a→b and b→c. */
    public ScenarioFixture chain(String... ids) {
        for (int i = 0; i + 1 < ids.length; i++) {
            link(ids[i], ids[i + 1]);
        }
        return this;
    }

    public ScenarioFixture domain(String name, String... mailboxes) {
        domains.add(Domain.of(name, Arrays.asList(mailboxes)));
        return this;
    }

    public ScenarioFixture appsDomain(String name, String... mailboxes) {
        domains.add(Domain.of(name, Arrays.asList(mailboxes)).withPurpose(DomainPurpose.APPS));
        return this;
    }

    /** Forces the MX entry of a domain added before. */
    public ScenarioFixture mx(String domainName, String nodeId) {
        domains.replaceAll(d -> d.isNamed(domainName) ? d.withMx(nodeId) : d);
        return this;
    }

    public ScenarioFixture profile(Profile value) {
        this.profile = value;
        return this;
    }

    public ScenarioFixture tenant(String value) {
        this.tenant = value;
        return this;
    }

    public ScenarioFixture spfAll(SpfAll value) {
        this.spfAll = value;
        return this;
    }

    public ScenarioFixture at(String id, double x, double y) {
        layout.put(id, new Position(x, y));
        return this;
    }

    public Scenario build() {
        return new Scenario("test scenario", null, profile, tenant, spfAll, domains, List.copyOf(nodes.values()),
                links, layout, Map.of());
    }

    public Report analyze() {
        return new Analyzer().analyze(build());
    }
}
