package com.mailflow.designer.edit;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Commands on the stages themselves (plan.md section 4): add, rename, reorder, remove. A file
 * without stages has one implicit stage; adding a stage makes that one explicit ({@link #FIRST})
 * and the file staged. Removing down to one stage makes the file unstaged again, so that adding
 * and removing a stage are inverses and a one-stage drawing is saved as version 1.
 */
public final class StageEdits {
    /** The explicit first stage a file without stages gets when a second stage is added. */
    public static final Stage FIRST = Stage.of("today", "Today");

    private StageEdits() {
    }

    /** A new stage for {@code s}: "Stage N" with a fresh id. */
    public static Stage next(Scenario s) {
        Set<String> taken = new HashSet<>(s.isStaged() ? s.stageIds() : List.of(FIRST.id()));
        int n = taken.size() + 1;
        while (taken.contains("stage-" + n)) {
            n++;
        }
        return Stage.of("stage-" + n, "Stage " + n);
    }

    /**
     * Inserts {@code stage} after {@code afterId}, starting as a copy of it: every element of that
     * stage is in the new one too.
     */
    public static Command add(String afterId, Stage stage) {
        return Command.of("Add stage " + stage.name(), s -> {
            if (!s.isStaged()) {
                return s.withStages(List.of(FIRST, stage));
            }
            int at = s.stageIds().indexOf(afterId);
            if (at < 0 || s.stageById(stage.id()).isPresent()) {
                return s;
            }
            List<Stage> stages = new ArrayList<>(s.stages());
            stages.add(at + 1, stage);
            Scenario grown = s.withStages(stages);
            Function<List<String>, List<String>> also = ids -> {
                if (ids == null || !ids.contains(afterId)) {
                    return ids;
                }
                List<String> more = new ArrayList<>(ids);
                more.add(stage.id());
                return StageScope.tidy(grown, more);
            };
            return restage(grown, also);
        });
    }

    public static Command rename(String id, String name) {
        return Command.of("Rename stage " + name, s -> s.withStages(s.stages().stream()
                .map(st -> st.id().equals(id) ? st.withName(name) : st).toList()));
    }

    /** Moves a stage {@code by} places (negative: earlier); elements keep their stages. */
    public static Command move(String id, int by) {
        return Command.of("Move stage", s -> {
            int from = s.stageIds().indexOf(id);
            int to = from + by;
            if (!s.isStaged() || from < 0 || to < 0 || to >= s.stages().size() || by == 0) {
                return s;
            }
            List<Stage> stages = new ArrayList<>(s.stages());
            stages.add(to, stages.remove(from));
            return s.withStages(stages);
        });
    }

    /**
     * Removes a stage and the elements that were only in it. With one stage left the file has no
     * stages any more: the elements of that stage stay (in every stage), its SPF policy becomes
     * the scenario's.
     */
    public static Command remove(String id) {
        return Command.of("Remove stage", s -> {
            if (s.stageById(id).isEmpty()) {
                return s;
            }
            List<Stage> stages = s.stages().stream().filter(st -> !st.id().equals(id)).toList();
            if (stages.size() > 1) {
                return restage(s.withStages(stages), ids -> {
                    if (ids == null || !ids.contains(id)) {
                        return ids;
                    }
                    List<String> less = ids.stream().filter(x -> !x.equals(id)).toList();
                    return less.isEmpty() ? List.of() : less;
                });
            }
            Stage last = stages.get(0);
            Scenario single = restage(s, ids -> ids == null || ids.contains(last.id()) ? null : List.of())
                    .withStages(List.of());
            return last.spfAll() == null ? single : single.withSpfAll(last.spfAll());
        });
    }

    /** How many nodes, links and domain entries are in stage {@code id} and no other: what removing it deletes. */
    public static int onlyIn(Scenario s, String id) {
        List<String> only = List.of(id);
        return (int) (s.nodes().stream().filter(n -> only.equals(n.stages())).count()
                + s.links().stream().filter(l -> only.equals(l.stages())).count()
                + s.domains().stream().filter(d -> only.equals(d.stages())).count());
    }

    /** Every element's stages mapped; an element mapped to an empty list is dropped, with its position. */
    private static Scenario restage(Scenario s, Function<List<String>, List<String>> map) {
        List<Node> nodes = restage(s.nodes(), Node::stages, Node::withStages, map);
        List<Link> links = restage(s.links(), Link::stages, Link::withStages, map);
        List<Domain> domains = restage(s.domains(), Domain::stages, Domain::withStages, map);
        Set<String> left = new HashSet<>();
        nodes.forEach(n -> left.add(n.id()));
        Map<String, com.mailflow.designer.model.Position> layout = new LinkedHashMap<>(s.layout());
        layout.keySet().retainAll(left);
        return s.withNodes(nodes).withLinks(links).withDomains(domains).withLayout(layout);
    }

    private static <T> List<T> restage(List<T> items, Function<T, List<String>> stages,
                                       BiFunction<T, List<String>, T> with, Function<List<String>, List<String>> map) {
        List<T> out = new ArrayList<>();
        for (T item : items) {
            List<String> was = stages.apply(item);
            List<String> ids = map.apply(was);
            if (ids == null || !ids.isEmpty()) {
                out.add(ids == was ? item : with.apply(item, ids));
            }
        }
        return out;
    }
}
