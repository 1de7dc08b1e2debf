package com.mailflow.designer.edit;

import com.mailflow.designer.model.Domain;
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
 * Deletes the selection from stage {@code stageId} and every later one (plan.md section 4), as one
 * undo step: the elements stay in the earlier stages, and one left in no stage is gone. A node
 * takes its links along in those stages, and a domain entry that names it is split: the earlier
 * stages keep it as it was, the later ones get it without that node. In the first stage (or a
 * file without stages) this is {@link DeleteSelection}.
 */
public record DeleteFromStage(Selection selection, String stageId) implements Command {
    @Override
    public String description() {
        return new DeleteSelection(selection).description();
    }

    @Override
    public Scenario apply(Scenario before) {
        List<String> keep = StageScope.before(before, stageId);
        if (keep.isEmpty()) {
            return new DeleteSelection(selection).apply(before);
        }
        Set<String> gone = selection.nodes();
        List<Node> nodes = new ArrayList<>();
        Map<String, Set<String>> nodeStages = new HashMap<>();
        for (Node n : before.nodes()) {
            Node kept = gone.contains(n.id()) ? restricted(before, n.stages(), keep, n::withStages) : n;
            if (kept != null) {
                nodes.add(kept);
                nodeStages.computeIfAbsent(n.id(), k -> new HashSet<>())
                        .addAll(StageScope.presence(before, kept.stages()));
            }
        }
        List<Link> links = new ArrayList<>();
        for (Link l : before.links()) {
            Link kept = l;
            if (selection.links().contains(LinkKey.of(l)) || gone.contains(l.from()) || gone.contains(l.to())) {
                Set<String> allowed = new HashSet<>(keep);
                allowed.retainAll(nodeStages.getOrDefault(l.from(), Set.of()));
                allowed.retainAll(nodeStages.getOrDefault(l.to(), Set.of()));
                kept = restricted(before, l.stages(), List.copyOf(allowed), l::withStages);
            }
            if (kept != null) {
                links.add(kept);
            }
        }
        List<Domain> domains = new ArrayList<>();
        before.domains().forEach(d -> domains.addAll(split(before, d, gone, keep)));
        Map<String, Position> layout = new LinkedHashMap<>(before.layout());
        layout.keySet().removeIf(id -> gone.contains(id) && !nodeStages.containsKey(id));
        Scenario after = before.withNodes(nodes).withLinks(links).withDomains(domains).withLayout(layout);
        return after.equals(before) ? before : after;
    }

    private interface Staging<T> {
        T with(List<String> stages);
    }

    /** The element in those of its stages that are in {@code allowed}; null when none is. */
    private static <T> T restricted(Scenario s, List<String> stages, List<String> allowed, Staging<T> staging) {
        Set<String> left = new HashSet<>(StageScope.presence(s, stages));
        left.retainAll(allowed);
        return left.isEmpty() ? null : staging.with(StageScope.tidy(s, left));
    }

    /** A domain entry that names a deleted node: as it was in the kept stages, without the node in the others. */
    private static List<Domain> split(Scenario s, Domain d, Set<String> gone, List<String> keep) {
        boolean names = d.mailboxes().stream().anyMatch(gone::contains) || (d.mx() != null && gone.contains(d.mx()));
        List<String> stages = StageScope.presence(s, d.stages());
        List<String> later = stages.stream().filter(id -> !keep.contains(id)).toList();
        if (!names || later.isEmpty()) {
            return List.of(d);
        }
        List<String> earlier = stages.stream().filter(keep::contains).toList();
        Domain without = DeleteSelection.withoutNodes(d, gone).withStages(StageScope.tidy(s, later));
        return earlier.isEmpty() ? List.of(without) : List.of(d.withStages(StageScope.tidy(s, earlier)), without);
    }
}
