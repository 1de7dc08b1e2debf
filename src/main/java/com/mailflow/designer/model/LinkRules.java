package com.mailflow.designer.model;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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

    /**
     * The link a user draws from {@code from} to {@code to}: from the cloud service to one of the
     * organization's or a partner's nodes it carries the domains whose mailboxes are on that node,
     * since unscoped it would take all the service's Internet-bound mail (centralized transport);
     * unscoped when the node hosts none. Every other link starts unscoped.
     */
    public static Link drawn(Scenario scenario, String from, String to) {
        boolean fromCloud = scenario.node(from).map(n -> n.kind() == NodeKind.CLOUD_SERVICE).orElse(false);
        boolean toInternet = scenario.node(to).map(n -> n.kind() == NodeKind.INTERNET).orElse(true);
        if (!fromCloud || toInternet) {
            return Link.of(from, to);
        }
        List<String> hosted = scenario.domains().stream().filter(d -> d.mailboxes().contains(to))
                .map(Domain::name).toList();
        return hosted.isEmpty() ? Link.of(from, to) : Link.scoped(from, to, hosted);
    }

    /** What a link's scope means, in words, for the properties panel. */
    public static String scopeMeaning(Scenario scenario, Link link) {
        boolean fromCloud = scenario.node(link.from()).map(n -> n.kind() == NodeKind.CLOUD_SERVICE).orElse(false);
        boolean toInternet = scenario.node(link.to()).map(n -> n.kind() == NodeKind.INTERNET).orElse(false);
        if (!link.carriesAll()) {
            return "Carries only mail for recipients in these domains; Internet-bound mail never takes it.";
        }
        if (fromCloud && !toInternet) {
            return "For all recipients: all of the cloud service's Internet-bound mail goes this way (centralized"
                    + " transport), not straight to the Internet. To carry only the mail of the mailboxes on this"
                    + " node, list their domains.";
        }
        return "For all recipients, Internet-bound mail included.";
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
