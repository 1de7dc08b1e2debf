package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inserts a copy of a fragment under fresh ids, shifted by an offset. Singleton kinds that the
 * scenario already has (a second Internet) are skipped, with the links that touch them.
 */
public final class Paste implements Command {
    private final Fragment fragment;
    private final double dx;
    private final double dy;
    private final List<String> stages;
    private final Map<String, String> newIds = new HashMap<>();

    public Paste(Fragment fragment, double dx, double dy) {
        this(fragment, dx, dy, null);
    }

    /** @param stages the stages the pasted nodes and links are in (null: every stage), whatever they were in when copied */
    public Paste(Fragment fragment, double dx, double dy, List<String> stages) {
        this.fragment = fragment;
        this.dx = dx;
        this.dy = dy;
        this.stages = stages == null ? null : List.copyOf(stages);
    }

    @Override
    public String description() {
        return "Paste " + fragment.nodes().size() + (fragment.nodes().size() == 1 ? " node" : " nodes");
    }

    /** Old id to pasted id, after {@link #apply}: the caller selects what was pasted. */
    public Set<String> pastedIds() {
        return new HashSet<>(newIds.values());
    }

    @Override
    public Scenario apply(Scenario before) {
        newIds.clear();
        Set<String> taken = new HashSet<>();
        before.nodes().forEach(n -> taken.add(n.id()));
        Scenario probe = before;
        List<Node> nodes = new ArrayList<>(before.nodes());
        Map<String, Position> layout = new LinkedHashMap<>(before.layout());
        for (Node n : fragment.nodes()) {
            if (StageScope.refuseNode(probe, n.withStages(stages)).isPresent()) {
                continue;
            }
            String id = NodeIds.fresh(taken, n.id());
            taken.add(id);
            newIds.put(n.id(), id);
            nodes.add(n.withId(id).withStages(stages));
            probe = probe.withNodes(nodes);
            Position p = fragment.layout().getOrDefault(n.id(), new Position(0, 0));
            layout.put(id, p.translate(dx, dy));
        }
        if (newIds.isEmpty()) {
            return before;
        }
        List<Link> links = new ArrayList<>(before.links());
        for (Link l : fragment.links()) {
            if (newIds.containsKey(l.from()) && newIds.containsKey(l.to())) {
                links.add(new Link(newIds.get(l.from()), newIds.get(l.to()), l.domains(), l.label(), l.extras(), stages));
            }
        }
        return before.withNodes(nodes).withLinks(links).withLayout(layout);
    }
}
