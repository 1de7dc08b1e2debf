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
 */
public record Link(String from, String to, List<String> domains, String label, Map<String, Object> extras) {

    public static final String ALL_DOMAINS = "*";

    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        domains = domains == null ? null : List.copyOf(domains);
        extras = Extras.copyOf(extras);
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
        return new Link(from, to, newDomains, label, extras);
    }

    public Link withLabel(String newLabel) {
        return new Link(from, to, domains, newLabel, extras);
    }
}
