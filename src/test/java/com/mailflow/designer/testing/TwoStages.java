package com.mailflow.designer.testing;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Two single-stage scenarios as one two-stage file, stage {@code one} holding exactly the first's
 * elements (in its order) and stage {@code two} the second's: an element equal in both is one
 * entry of both stages; a node that differs keeps its id in two entries of disjoint stages
 * (a reconfiguration); a node id of another kind in the second is renamed there.
 */
public final class TwoStages {
    public static final List<String> ONE = List.of("one");
    public static final List<String> TWO = List.of("two");

    private TwoStages() {
    }

    public static Scenario of(Scenario first, Scenario second) {
        Scenario y = renameClashes(first, second.withProfile(first.profile()).withTenant(first.tenant()));
        List<Node> nodes = merge(first.nodes(), y.nodes(), Node::id, Node::withStages);
        List<Link> links = merge(first.links(), y.links(), l -> l.from() + "\u0000" + l.to(), Link::withStages);
        List<Domain> domains = merge(first.domains(), y.domains(), d -> d.name().toLowerCase(Locale.ROOT),
                Domain::withStages);
        Map<String, Position> layout = new LinkedHashMap<>(y.layout());
        layout.putAll(first.layout());
        return new Scenario(first.name(), first.description(), first.profile(), first.tenant(), null, domains, nodes,
                links, layout, first.extras(), List.of(new Stage("one", "One", null, first.spfAll(), Map.of()),
                new Stage("two", "Two", null, y.spfAll(), Map.of())));
    }

    /** The second scenario as the staged file holds it (its profile and tenant are the first's). */
    public static Scenario secondAsStaged(Scenario first, Scenario second) {
        return renameClashes(first, second.withProfile(first.profile()).withTenant(first.tenant()));
    }

    private interface Staging<T> {
        T in(T item, List<String> stages);
    }

    private static <T> List<T> merge(List<T> xs, List<T> ys, Function<T, String> key, Staging<T> staging) {
        Map<String, T> byKey = new HashMap<>();
        ys.forEach(y -> byKey.putIfAbsent(key.apply(y), y));
        List<T> merged = new ArrayList<>();
        List<T> shared = new ArrayList<>();
        for (T x : xs) {
            T y = byKey.get(key.apply(x));
            if (Objects.equals(x, y)) {
                merged.add(x);
                shared.add(y);
            } else {
                merged.add(staging.in(x, ONE));
            }
        }
        for (T y : ys) {
            if (!shared.contains(y)) {
                merged.add(staging.in(y, TWO));
            }
        }
        return merged;
    }

    /** Renames a node of the second whose id the first uses for another kind. */
    private static Scenario renameClashes(Scenario x, Scenario y) {
        Map<String, String> renamed = new HashMap<>();
        for (Node n : y.nodes()) {
            if (x.node(n.id()).filter(m -> m.kind() != n.kind()).isPresent()) {
                renamed.put(n.id(), "two-" + n.id());
            }
        }
        if (renamed.isEmpty()) {
            return y;
        }
        Function<String, String> id = s -> s == null ? null : renamed.getOrDefault(s, s);
        Map<String, Position> layout = new LinkedHashMap<>();
        y.layout().forEach((k, v) -> layout.put(id.apply(k), v));
        return y.withNodes(y.nodes().stream().map(n -> n.withId(id.apply(n.id()))).toList())
                .withLinks(y.links().stream().map(l -> new Link(id.apply(l.from()), id.apply(l.to()), l.domains(),
                        l.label(), l.extras())).toList())
                .withDomains(y.domains().stream().map(d -> d.withMailboxes(d.mailboxes().stream().map(id).toList())
                        .withMx(id.apply(d.mx()))).toList())
                .withLayout(layout);
    }
}
