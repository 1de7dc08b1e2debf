package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.export.diagram.Mark;
import com.mailflow.designer.export.diagram.NodeMarks;
import com.mailflow.designer.routing.Flow;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the analysis paints on the drawing's views: error badges, the marks (MX, lists, identity)
 * and a highlighted flow. Every analysis result repaints, mostly with the same state, so each
 * method touches only the views whose state changes.
 */
final class AnalysisPaint {
    private final Function<String, Optional<NodeView>> nodes;
    private final Function<LinkKey, Optional<LinkView>> links;
    private Set<String> errorNodes = Set.of();
    private final Set<String> pathNodes = new HashSet<>();
    private final Set<LinkKey> pathLinks = new HashSet<>();
    private NodeMarks marks = NodeMarks.NONE;

    AnalysisPaint(Function<String, Optional<NodeView>> nodes, Function<LinkKey, Optional<LinkView>> links) {
        this.nodes = nodes;
        this.links = links;
    }

    /** Gives a view made for an edit the badge and marks its node has now. */
    void dress(NodeView v, String id) {
        v.setHasErrors(errorNodes.contains(id));
        v.setMarks(marks.of(id));
    }

    /** Looks only at the boxes marked before or now. */
    void markNodes(NodeMarks next) {
        NodeMarks before = marks;
        marks = next == null ? NodeMarks.NONE : next;
        if (marks.equals(before)) {
            return;
        }
        Set<String> ids = new HashSet<>(before.markedNodes());
        ids.addAll(marks.markedNodes());
        for (String id : ids) {
            List<Mark> now = marks.of(id);
            if (!now.equals(before.of(id))) {
                nodes.apply(id).ifPresent(v -> v.setMarks(now));
            }
        }
    }

    void markErrors(Set<String> ids) {
        Set<String> next = Set.copyOf(ids);
        errorNodes.stream().filter(id -> !next.contains(id)).forEach(id -> nodes.apply(id).ifPresent(v -> v.setHasErrors(false)));
        next.stream().filter(id -> !errorNodes.contains(id)).forEach(id -> nodes.apply(id).ifPresent(v -> v.setHasErrors(true)));
        errorNodes = next;
    }

    /** Highlights a flow's path (null clears). */
    void highlight(Flow flow) {
        pathNodes.forEach(id -> nodes.apply(id).ifPresent(v -> v.setOnPath(false)));
        pathLinks.forEach(k -> links.apply(k).ifPresent(v -> v.setOnPath(false)));
        pathNodes.clear();
        pathLinks.clear();
        if (flow == null) {
            return;
        }
        List<String> path = flow.path();
        pathNodes.addAll(path);
        for (int i = 0; i + 1 < path.size(); i++) {
            pathLinks.add(new LinkKey(path.get(i), path.get(i + 1)));
        }
        pathNodes.forEach(id -> nodes.apply(id).ifPresent(v -> v.setOnPath(true)));
        pathLinks.forEach(k -> links.apply(k).ifPresent(v -> v.setOnPath(true)));
    }
}
