package com.mailflow.designer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Lookups by id and by position in file order, built once per scenario for hot paths. */
public final class ScenarioIndex {
    private final Scenario scenario;
    private final PositionTable nodeOrder;
    /**
     * Domain positions by lowercased name, and by every name as entered (which then needs no
     * lowercasing, a scan of the name, on each lookup): a name as entered maps where its
     * lowercased form does.
     */
    private final Map<String, Integer> domainOrder;
    /** Node id to the domains whose mailboxes it hosts, in file order: asked for every node. */
    private final Map<String, List<Domain>> hostedBy = new HashMap<>();
    private final Optional<Node> internet;
    private final Optional<Node> cloudService;

    private ScenarioIndex(Scenario scenario) {
        this.scenario = scenario;
        this.nodeOrder = new PositionTable(scenario.nodes().stream().map(Node::id).toList());
        this.domainOrder = new HashMap<>();
        for (int i = 0; i < scenario.domains().size(); i++) {
            domainOrder.putIfAbsent(key(scenario.domains().get(i).name()), i);
        }
        for (Domain d : scenario.domains()) {
            domainOrder.putIfAbsent(d.name(), domainOrder.get(key(d.name())));
        }
        Map<String, List<Domain>> hosts = new HashMap<>();
        for (Domain d : scenario.domains()) {
            for (String mailbox : new LinkedHashSet<>(d.mailboxes())) {
                hosts.computeIfAbsent(mailbox, id -> new ArrayList<>()).add(d);
            }
        }
        hosts.forEach((id, domains) -> hostedBy.put(id, Collections.unmodifiableList(domains)));
        this.internet = first(NodeKind.INTERNET);
        this.cloudService = first(NodeKind.CLOUD_SERVICE);
    }

    public static ScenarioIndex of(Scenario scenario) {
        return new ScenarioIndex(scenario);
    }

    private static String key(String domain) {
        return domain.toLowerCase(Locale.ROOT);
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<Node> nodes() {
        return scenario.nodes();
    }

    public Optional<Node> node(String id) {
        int i = nodeOrder.get(id);
        return i < 0 ? Optional.empty() : Optional.of(scenario.nodes().get(i));
    }

    public Node nodeAt(int index) {
        return scenario.nodes().get(index);
    }

    /** Position in file order, or -1 for an unknown id. */
    public int orderOf(String nodeId) {
        return nodeOrder.get(nodeId);
    }

    public boolean hasNode(String id) {
        return nodeOrder.get(id) >= 0;
    }

    public Optional<Domain> domain(String name) {
        int i = orderOfDomain(name);
        return i < 0 ? Optional.empty() : Optional.of(scenario.domains().get(i));
    }

    /** Position of a domain in file order, or -1 when it is not one of the scenario's domains. */
    public int orderOfDomain(String name) {
        Integer i = domainOrder.get(name);
        if (i == null) {
            i = domainOrder.get(key(name));
        }
        return i == null ? -1 : i;
    }

    public Optional<Node> first(NodeKind kind) {
        return scenario.nodes().stream().filter(n -> n.kind() == kind).findFirst();
    }

    public Optional<Node> internet() {
        return internet;
    }

    public Optional<Node> cloudService() {
        return cloudService;
    }

    /** The domains a node sends as: its {@code sends}, else the first domain of the file. */
    public List<String> sendsOf(Node node) {
        Optional<List<String>> sends = node.sends();
        if (sends.isPresent()) {
            return sends.get();
        }
        return scenario.domains().isEmpty() ? List.of() : List.of(scenario.domains().get(0).name());
    }

    /** The domains whose mailboxes a node hosts, in file order. */
    public List<Domain> domainsHostedBy(String nodeId) {
        return hostedBy.getOrDefault(nodeId, List.of());
    }
}
