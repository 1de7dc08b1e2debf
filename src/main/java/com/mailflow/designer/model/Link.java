package com.mailflow.designer.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An arrow: mail relays over SMTP from {@code from} to {@code to}.
 *
 * @param domains the recipient domains this route carries; null means all recipients
 * @param stages the ids of the stages it exists in, or null for every stage
 */
public record Link(String from, String to, List<String> domains, String label, Map<String, Object> extras,
                   List<String> stages) {

    public static final String ALL_DOMAINS = "*";

    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        domains = domains == null ? null : List.copyOf(domains);
        extras = Extras.copyOf(extras);
        stages = StagePresence.copyOf(stages);
    }

    /** A link of every stage. */
    public Link(String from, String to, List<String> domains, String label, Map<String, Object> extras) {
        this(from, to, domains, label, extras, null);
    }

    public static Link of(String from, String to) {
        return new Link(from, to, null, null, Map.of());
    }

    public static Link scoped(String from, String to, List<String> domains) {
        return new Link(from, to, domains, null, Map.of());
    }

    /** Unscoped: carries mail for every recipient, Internet-bound mail included. */
    public boolean carriesAll() {
        return domains == null || domains.contains(ALL_DOMAINS);
    }

    /** Whether the route carries mail for recipients in {@code domain} (compared case-insensitively). */
    public boolean carries(String domain) {
        if (carriesAll()) {
            return true;
        }
        String wanted = domain.toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(wanted));
    }

    public Optional<String> labelText() {
        return Optional.ofNullable(label);
    }

    public boolean joins(String fromId, String toId) {
        return from.equals(fromId) && to.equals(toId);
    }

    public boolean touches(String nodeId) {
        return from.equals(nodeId) || to.equals(nodeId);
    }

    public Link withDomains(List<String> newDomains) {
        return new Link(from, to, newDomains, label, extras, stages);
    }

    public Link withLabel(String newLabel) {
        return new Link(from, to, domains, newLabel, extras, stages);
    }

    public boolean presentIn(String stageId) {
        return StagePresence.includes(stages, stageId);
    }

    public Link withStages(List<String> newStages) {
        return new Link(from, to, domains, label, extras, newStages);
    }
}
