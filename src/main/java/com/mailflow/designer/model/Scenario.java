package com.mailflow.designer.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The organization's mail topology as drawn: immutable, so an edit is a new scenario and undo
 * keeps snapshots. {@code layout} is kept apart from the semantics; the analyzer never reads it.
 *
 * @param profile null when the file does not say (then {@link Profile#DEFAULT})
 * @param spfAll null when the file does not say (then {@link SpfAll#DEFAULT})
 */
public record Scenario(String name, String description, Profile profile, String tenant, SpfAll spfAll,
                       List<Domain> domains, List<Node> nodes, List<Link> links,
                       Map<String, Position> layout, Map<String, Object> extras) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        domains = List.copyOf(domains);
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        layout = FrozenLayout.of(layout);
        extras = Extras.copyOf(extras);
    }

    public static Scenario empty(String name) {
        return new Scenario(name, null, null, null, null, List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    public Profile effectiveProfile() {
        return profile == null ? Profile.DEFAULT : profile;
    }

    public SpfAll effectiveSpfAll() {
        return spfAll == null ? SpfAll.DEFAULT : spfAll;
    }

    public Optional<String> descriptionText() {
        return Optional.ofNullable(description);
    }

    public Optional<String> tenantName() {
        return Optional.ofNullable(tenant);
    }

    /** Linear lookup; hot paths build a {@link ScenarioIndex} once instead. */
    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Domain> domain(String domainName) {
        return domains.stream().filter(d -> d.isNamed(domainName)).findFirst();
    }

    public Optional<Position> position(String nodeId) {
        return Optional.ofNullable(layout.get(nodeId));
    }

    public Scenario withName(String v) {
        return new Scenario(v, description, profile, tenant, spfAll, domains, nodes, links, layout, extras);
    }

    public Scenario withDescription(String v) {
        return new Scenario(name, v, profile, tenant, spfAll, domains, nodes, links, layout, extras);
    }

    public Scenario withProfile(Profile v) {
        return new Scenario(name, description, v, tenant, spfAll, domains, nodes, links, layout, extras);
    }

    public Scenario withTenant(String v) {
        return new Scenario(name, description, profile, v, spfAll, domains, nodes, links, layout, extras);
    }

    public Scenario withSpfAll(SpfAll v) {
        return new Scenario(name, description, profile, tenant, v, domains, nodes, links, layout, extras);
    }

    public Scenario withDomains(List<Domain> v) {
        return new Scenario(name, description, profile, tenant, spfAll, v, nodes, links, layout, extras);
    }

    public Scenario withNodes(List<Node> v) {
        return new Scenario(name, description, profile, tenant, spfAll, domains, v, links, layout, extras);
    }

    public Scenario withLinks(List<Link> v) {
        return new Scenario(name, description, profile, tenant, spfAll, domains, nodes, v, layout, extras);
    }

    public Scenario withLayout(Map<String, Position> v) {
        return new Scenario(name, description, profile, tenant, spfAll, domains, nodes, links, v, extras);
    }

    /** A copy with these positions set and the others kept. */
    public Scenario withPositions(Map<String, Position> moved) {
        return withLayout(FrozenLayout.moved(layout, moved));
    }
}
