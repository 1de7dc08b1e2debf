package com.mailflow.designer.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A box on the canvas. Attributes hold only what the file said (absent stays absent, so a
 * save writes back what was read); the typed getters apply the defaults of scenario-format.md
 * and ignore attributes that make no sense for the kind.
 *
 * @param extras keys this version does not know, kept for the round trip
 * @param stages the ids of the stages it exists in, or null for every stage (plan.md section 1)
 */
public record Node(String id, NodeKind kind, String name, Map<NodeAttribute, Object> attributes,
                   Map<String, Object> extras, List<String> stages) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        EnumMap<NodeAttribute, Object> copy = new EnumMap<>(NodeAttribute.class);
        attributes.forEach((a, v) -> copy.put(a, v instanceof List<?> l ? List.copyOf(l) : v));
        attributes = Collections.unmodifiableMap(copy);
        extras = Extras.copyOf(extras);
        stages = StagePresence.copyOf(stages);
    }

    /** A node of every stage. */
    public Node(String id, NodeKind kind, String name, Map<NodeAttribute, Object> attributes,
                Map<String, Object> extras) {
        this(id, kind, name, attributes, extras, null);
    }

    /** As a record's, but the same node is equal at once: an edit compares 1,000-node lists where all but one are the same. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Node n && id.equals(n.id) && kind == n.kind && name.equals(n.name)
                && attributes.equals(n.attributes) && extras.equals(n.extras)
                && Objects.equals(stages, n.stages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, name, attributes, extras, stages);
    }

    public static Node of(String id, NodeKind kind, String name) {
        return new Node(id, kind, name, Map.of(), Map.of());
    }

    /** The raw value as stored, even when the attribute does not apply to the kind. */
    public Optional<Object> raw(NodeAttribute attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    /** A copy with the attribute set, or removed when {@code value} is null. */
    public Node with(NodeAttribute attribute, Object value) {
        EnumMap<NodeAttribute, Object> copy = new EnumMap<>(NodeAttribute.class);
        copy.putAll(attributes);
        if (value == null) {
            copy.remove(attribute);
        } else {
            copy.put(attribute, value);
        }
        return new Node(id, kind, name, copy, extras, stages);
    }

    public Node withName(String newName) {
        return new Node(id, kind, newName, attributes, extras, stages);
    }

    public Node withId(String newId) {
        return new Node(newId, kind, name, attributes, extras, stages);
    }

    /** Whether it exists in the stage {@code stageId}. */
    public boolean presentIn(String stageId) {
        return StagePresence.includes(stages, stageId);
    }

    public Node withStages(List<String> newStages) {
        return new Node(id, kind, name, attributes, extras, newStages);
    }

    /** The value if the attribute applies to this kind, else null. No Optional: rules ask millions of times. */
    private Object applicable(NodeAttribute attribute) {
        return attribute.appliesTo(kind) ? attributes.get(attribute) : null;
    }

    private boolean flag(NodeAttribute attribute, boolean dflt) {
        Object v = applicable(attribute);
        return v == null ? dflt : (Boolean) v;
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(NodeAttribute attribute) {
        Object v = applicable(attribute);
        return v == null ? List.of() : (List<String>) v;
    }

    private Optional<String> text(NodeAttribute attribute) {
        return Optional.ofNullable((String) applicable(attribute));
    }

    /** Public addresses as entered (IPv4, IPv6 or CIDR ranges). */
    public List<String> addresses() {
        return strings(NodeAttribute.ADDRESSES);
    }

    public Optional<String> hostname() {
        return text(NodeAttribute.HOSTNAME);
    }

    /** Where the cloud service sends when it relays through this node (vendors often publish one apart from the MX). */
    public Optional<String> outboundHost() {
        return text(NodeAttribute.OUTBOUND_HOST);
    }

    public Optional<String> certificate() {
        return text(NodeAttribute.CERTIFICATE);
    }

    public boolean filtersSpam() {
        return flag(NodeAttribute.FILTERS_SPAM, kind == NodeKind.THIRD_PARTY_FILTER);
    }

    public boolean staticIp() {
        return flag(NodeAttribute.STATIC_IP, true);
    }

    /** Empty when unknown: the consultant has not said whether a PTR record exists. */
    public Optional<Boolean> reverseDns() {
        return Optional.ofNullable((Boolean) applicable(NodeAttribute.REVERSE_DNS));
    }

    public boolean sharedAddresses() {
        return flag(NodeAttribute.SHARED_ADDRESSES, kind.isThirdParty());
    }

    /** The sender domains as written; empty optional means "the first domain of the file". */
    public Optional<List<String>> sends() {
        if (!NodeAttribute.SENDS.appliesTo(kind)) {
            return Optional.of(List.of());
        }
        return attributes.containsKey(NodeAttribute.SENDS) ? Optional.of(strings(NodeAttribute.SENDS)) : Optional.empty();
    }

    public boolean canAuthenticate() {
        return flag(NodeAttribute.CAN_AUTHENTICATE, false);
    }

    public boolean tls12() {
        return flag(NodeAttribute.TLS12, true);
    }

    public Optional<String> spfInclude() {
        return text(NodeAttribute.SPF_INCLUDE);
    }

    public Optional<Integer> spfLookups() {
        Object v = applicable(NodeAttribute.SPF_LOOKUPS);
        return v == null ? Optional.empty() : Optional.of(((Number) v).intValue());
    }

    public boolean relayRestricted() {
        return flag(NodeAttribute.RELAY_RESTRICTED, false);
    }

    public Optional<String> notes() {
        return text(NodeAttribute.NOTES);
    }
}
