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
 * @param stages the migration's states in order (plan.md section 1); empty for a file without stages,
 *        which has one implicit stage, {@link #DEFAULT_STAGE}
 */
public record Scenario(String name, String description, Profile profile, String tenant, SpfAll spfAll,
                       List<Domain> domains, List<Node> nodes, List<Link> links,
                       Map<String, Position> layout, Map<String, Object> extras, List<Stage> stages) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        domains = List.copyOf(domains);
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        layout = FrozenLayout.of(layout);
        extras = Extras.copyOf(extras);
        stages = List.copyOf(stages);
    }

    /** A scenario without stages (format version 1). */
    public Scenario(String name, String description, Profile profile, String tenant, SpfAll spfAll,
                    List<Domain> domains, List<Node> nodes, List<Link> links,
                    Map<String, Position> layout, Map<String, Object> extras) {
        this(name, description, profile, tenant, spfAll, domains, nodes, links, layout, extras, List.of());
    }

    /** The id of the one stage of a file without stages. */
    public static final String DEFAULT_STAGE = "default";

    public boolean isStaged() {
        return !stages.isEmpty();
    }

    /** The stage ids in order; {@link #DEFAULT_STAGE} alone for a file without stages. */
    public List<String> stageIds() {
        return isStaged() ? stages.stream().map(Stage::id).toList() : List.of(DEFAULT_STAGE);
    }

    /** The last stage's id: the target, which analyze and export show unless told otherwise. */
    public String lastStageId() {
        List<String> ids = stageIds();
        return ids.get(ids.size() - 1);
    }

    public Optional<Stage> stageById(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The single-stage scenario of stage {@code id}: only the elements present in it, no stages,
     * the stage's SPF policy when it sets one. The analysis reads this, and never hears of stages.
     */
    public Scenario inStage(String id) {
        if (!isStaged()) {
            return this;
        }
        SpfAll policy = stageById(id).map(Stage::spfAll).orElse(null);
        // Elements of every stage are kept as they are: a copy per stage of 1,000 nodes is measurable.
        List<Node> present = nodes.stream().filter(n -> n.presentIn(id)).map(n -> n.stages() == null ? n
                : n.withStages(null)).toList();
        Map<String, Position> positions = new java.util.LinkedHashMap<>();
        present.forEach(n -> position(n.id()).ifPresent(p -> positions.put(n.id(), p)));
        return new Scenario(name, description, profile, tenant, policy == null ? spfAll : policy,
                domains.stream().filter(d -> d.presentIn(id)).map(d -> d.stages() == null ? d : d.withStages(null))
                        .toList(), present,
                links.stream().filter(l -> l.presentIn(id)).map(l -> l.stages() == null ? l : l.withStages(null))
                        .toList(),
                positions, extras, List.of());
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
        return new Scenario(v, description, profile, tenant, spfAll, domains, nodes, links, layout, extras, stages);
    }

    public Scenario withDescription(String v) {
        return new Scenario(name, v, profile, tenant, spfAll, domains, nodes, links, layout, extras, stages);
    }

    public Scenario withProfile(Profile v) {
        return new Scenario(name, description, v, tenant, spfAll, domains, nodes, links, layout, extras, stages);
    }

    public Scenario withTenant(String v) {
        return new Scenario(name, description, profile, v, spfAll, domains, nodes, links, layout, extras, stages);
    }

    public Scenario withSpfAll(SpfAll v) {
        return new Scenario(name, description, profile, tenant, v, domains, nodes, links, layout, extras, stages);
    }

    public Scenario withDomains(List<Domain> v) {
        return new Scenario(name, description, profile, tenant, spfAll, v, nodes, links, layout, extras, stages);
    }

    public Scenario withNodes(List<Node> v) {
        return new Scenario(name, description, profile, tenant, spfAll, domains, v, links, layout, extras, stages);
    }

    public Scenario withLinks(List<Link> v) {
        return new Scenario(name, description, profile, tenant, spfAll, domains, nodes, v, layout, extras, stages);
    }

    public Scenario withLayout(Map<String, Position> v) {
        return new Scenario(name, description, profile, tenant, spfAll, domains, nodes, links, v, extras, stages);
    }

    public Scenario withExtras(Map<String, Object> v) {
        return new Scenario(name, description, profile, tenant, spfAll, domains, nodes, links, layout, v, stages);
    }

    public Scenario withStages(List<Stage> v) {
        return new Scenario(name, description, profile, tenant, spfAll, domains, nodes, links, layout, extras, v);
    }

    /** A copy with these positions set and the others kept. */
    public Scenario withPositions(Map<String, Position> moved) {
        return withLayout(FrozenLayout.moved(layout, moved));
    }
}
