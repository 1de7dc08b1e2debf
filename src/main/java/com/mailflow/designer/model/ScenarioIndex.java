package com.mailflow.designer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Lookups by id and by position in file order, built once per scenario for hot paths. */
public final class ScenarioIndex {
    private final Scenario scenario;
    private final Map<String, Integer> nodeOrder;
    private final Map<String, Integer> domainOrder;
    /** Node id to the domains whose mailboxes it hosts, in file order: asked for every node. */
    private final Map<String, List<Domain>> hostedBy = new HashMap<>();

    private ScenarioIndex(Scenario scenario) {
        this.scenario = scenario;
        this.nodeOrder = new HashMap<>(scenario.nodes().size() * 2);
        for (int i = 0; i < scenario.nodes().size(); i++) {
            nodeOrder.putIfAbsent(scenario.nodes().get(i).id(), i);
        }
        this.domainOrder = new HashMap<>();
        for (int i = 0; i < scenario.domains().size(); i++) {
            domainOrder.putIfAbsent(key(scenario.domains().get(i).name()), i);
        }
        for (Domain d : scenario.domains()) {
            for (String mailbox : new java.util.LinkedHashSet<>(d.mailboxes())) {
                hostedBy.computeIfAbsent(mailbox, id -> new ArrayList<>()).add(d);
            }
        }
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
        Integer i = nodeOrder.get(id);
        return i == null ? Optional.empty() : Optional.of(scenario.nodes().get(i));
    }

    public Node nodeAt(int index) {
        return scenario.nodes().get(index);
    }

    /** Position in file order, or -1 for an unknown id. */
    public int orderOf(String nodeId) {
        return nodeOrder.getOrDefault(nodeId, -1);
    }

    public boolean hasNode(String id) {
        return nodeOrder.containsKey(id);
    }

    public Optional<Domain> domain(String name) {
        Integer i = domainOrder.get(key(name));
        return i == null ? Optional.empty() : Optional.of(scenario.domains().get(i));
    }

    /** Position of a domain in file order, or -1 when it is not one of the scenario's domains. */
    public int orderOfDomain(String name) {
        return domainOrder.getOrDefault(key(name), -1);
    }

    public Optional<Node> first(NodeKind kind) {
        return scenario.nodes().stream().filter(n -> n.kind() == kind).findFirst();
    }

    public Optional<Node> internet() {
        return first(NodeKind.INTERNET);
    }

    public Optional<Node> cloudService() {
        return first(NodeKind.CLOUD_SERVICE);
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
        return java.util.Collections.unmodifiableList(hostedBy.getOrDefault(nodeId, List.of()));
    }
}
