package com.mailflow.designer.model;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * What may be drawn. The canvas asks this before adding a node or a link and the loader asks
 * it for every item, so the two never disagree.
 */
public final class LinkRules {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");
    private LinkRules() {
    }

    /** Why a link from {@code from} to {@code to} can't be added, or empty when it can. */
    public static Optional<String> refuseLink(Scenario scenario, String from, String to) {
        return refuseLink(id -> scenario.node(id).isPresent(),
                (f, t) -> scenario.links().stream().anyMatch(l -> l.joins(f, t)), from, to);
    }

    /** The same rule over lookups, for callers that index the scenario (the loader, at 10,000 nodes). */
    public static Optional<String> refuseLink(Predicate<String> nodeExists, BiPredicate<String, String> linkExists,
                                              String from, String to) {
        if (from.equals(to)) {
            return Optional.of("a node can't relay mail to itself");
        }
        if (!nodeExists.test(from)) {
            return Optional.of("there is no node '" + from + "'");
        }
        if (!nodeExists.test(to)) {
            return Optional.of("there is no node '" + to + "'");
        }
        if (linkExists.test(from, to)) {
            return Optional.of("there is already a link from '" + from + "' to '" + to + "'");
        }
        return Optional.empty();
    }

    /** Why a node of this kind can't be added, or empty when it can. */
    public static Optional<String> refuseNode(Scenario scenario, NodeKind kind) {
        if (kind.isSingleton() && scenario.nodes().stream().anyMatch(n -> n.kind() == kind)) {
            return Optional.of("a scenario has only one " + kind.displayName()
                    + (kind == NodeKind.INTERNET ? ": it stands for every outside sender and recipient"
                    : ": the organization's mailboxes live in one tenant"));
        }
        return Optional.empty();
    }

    /** Node ids: letters, digits, '-', '_' and '.'. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
