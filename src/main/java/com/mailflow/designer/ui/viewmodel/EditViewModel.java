package com.mailflow.designer.ui.viewmodel;

import com.mailflow.designer.export.NodeNames;
import com.mailflow.designer.edit.AddLink;
import com.mailflow.designer.edit.AnnotationEdits;
import com.mailflow.designer.edit.AddNode;
import com.mailflow.designer.edit.AutoLayout;
import com.mailflow.designer.edit.DeleteFromStage;
import com.mailflow.designer.edit.Fragment;
import com.mailflow.designer.edit.Grid;
import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.edit.MoveNodes;
import com.mailflow.designer.edit.NodeEdits;
import com.mailflow.designer.edit.NodeIds;
import com.mailflow.designer.edit.Paste;
import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.edit.StageScope;
import com.mailflow.designer.model.LinkRules;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the canvas and the Edit menu can do. Asks {@link LinkRules} before adding anything, so a
 * refused node or link never reaches the command stack and the status line says why.
 */
public final class EditViewModel {
    private static final double PASTE_OFFSET = 2 * Grid.SIZE;
    private final DocumentViewModel document;
    private Fragment clipboard = new Fragment(java.util.List.of(), java.util.List.of(), Map.of());
    private int pasteCount;

    public EditViewModel(DocumentViewModel document) {
        this.document = document;
    }

    /** Adds a node of this kind with its top-left corner at {@code at}; empty when refused. */
    public Optional<String> addNode(NodeKind kind, Position at) {
        Scenario s = document.scenario();
        String id = NodeIds.fresh(s, NodeIds.base(kind));
        Node node = Node.of(id, kind, defaultName(s, kind)).withStages(fromSelectedStage());
        Optional<String> refusal = StageScope.refuseNode(s, node);
        if (refusal.isPresent()) {
            document.refuse("Can't add another " + kind.displayName() + " \u2014 " + refusal.get() + ".");
            return Optional.empty();
        }
        Position snapped = new Position(Grid.snap(at.x()), Grid.snap(at.y()));
        document.execute(new AddNode(node, snapped));
        document.select(Selection.ofNode(id));
        return Optional.of(id);
    }

    /** Draws a link in the selected stage and every later one where both ends are. */
    public boolean connect(String from, String to) {
        Scenario s = document.scenario();
        List<String> stages = StageScope.linkStages(s, document.stage(), from, to);
        if (stages.isEmpty()) {
            String why = LinkRules.refuseLink(document.shown(), from, to).orElse("not in this stage");
            document.refuse("Can't connect " + named(from) + " to " + named(to) + " \u2014 "
                    + why.replace(quoted(from), named(from)).replace(quoted(to), named(to)) + ".");
            return false;
        }
        document.execute(new AddLink(LinkRules.drawn(document.shown(), from, to).withStages(StageScope.tidy(s, stages))));
        document.select(Selection.ofLink(new LinkKey(from, to)));
        return true;
    }

    private String named(String id) {
        return "'" + new NodeNames(document.scenario()).name(id) + "'";
    }

    private static String quoted(String id) {
        return "'" + id + "'";
    }

    /** One finished drag: positions snap to the grid; a click without movement records nothing. */
    public void moveTo(Map<String, Position> positions) {
        Map<String, Position> snapped = new LinkedHashMap<>();
        positions.forEach((id, p) -> snapped.put(id, new Position(Grid.snap(p.x()), Grid.snap(p.y()))));
        document.execute(MoveNodes.drag(snapped));
    }

    public void nudge(double dx, double dy) {
        Scenario s = document.scenario();
        Map<String, Position> moved = new LinkedHashMap<>();
        for (String id : document.selection().nodes()) {
            moved.put(id, s.position(id).orElse(new Position(0, 0)).translate(dx, dy));
        }
        if (!moved.isEmpty()) {
            document.execute(MoveNodes.drag(moved));
        }
    }

    public void deleteSelection() {
        Selection sel = document.selection();
        if (!sel.isEmpty() && document.execute(new DeleteFromStage(sel, document.stage()))) {
            document.select(Selection.EMPTY);
        }
    }

    public void rename(String id, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            document.refuse("A node needs a name: the old one is kept.");
            return;
        }
        document.execute(NodeEdits.rename(id, trimmed, document.stage()));
    }

    public void copy() {
        Set<String> ids = document.selection().nodes();
        if (!ids.isEmpty()) {
            clipboard = Fragment.copy(document.shown(), ids);
            pasteCount = 0;
            document.setStatus("Copied " + clipboard.nodes().size() + " node(s)");
        }
    }

    public void cut() {
        copy();
        deleteSelection();
    }

    public boolean canPaste() {
        return !clipboard.isEmpty();
    }

    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        pasteCount++;
        Paste paste = new Paste(clipboard, PASTE_OFFSET * pasteCount, PASTE_OFFSET * pasteCount, fromSelectedStage());
        if (document.execute(paste)) {
            document.select(Selection.ofNodes(paste.pastedIds()));
        } else {
            document.refuse("Nothing to paste: the scenario already has its Internet and cloud service");
        }
    }

    public void selectAll() {
        Set<String> ids = new LinkedHashSet<>();
        document.shown().nodes().forEach(n -> ids.add(n.id()));
        document.select(Selection.ofNodes(ids));
    }

    public com.mailflow.designer.model.HandoutDetails handoutDetails() {
        return com.mailflow.designer.model.HandoutDetails.of(document.scenario());
    }

    /** Sets the handout's cover details: one undoable step. */
    public void setHandoutDetails(com.mailflow.designer.model.HandoutDetails details) {
        document.execute(com.mailflow.designer.edit.Command.of("Edit handout details", details::applyTo));
    }

    /** Aligns the selected boxes ({@code width}: the view's box widths by node id); one undo step. */
    public void align(com.mailflow.designer.edit.AlignNodes.Edge edge, java.util.function.ToDoubleFunction<String> width) {
        document.execute(com.mailflow.designer.edit.AlignNodes.align(document.selection().nodes(), edge, width));
    }

    /** Spaces the selected boxes evenly, the outermost two staying; one undo step. */
    public void distribute(boolean horizontally, java.util.function.ToDoubleFunction<String> width) {
        document.execute(com.mailflow.designer.edit.AlignNodes.distribute(document.selection().nodes(), horizontally,
                width));
    }

    /** Adds a free text with its top-left corner at {@code at}; returns its id. */
    public String addText(String text, Position at) {
        String id = com.mailflow.designer.model.Annotations.freshId(document.scenario());
        document.execute(AnnotationEdits.add(text, at.x(), at.y()));
        return id;
    }

    public void editText(String id, String text) {
        document.execute(AnnotationEdits.edit(id, text));
    }

    public void moveText(String id, Position to) {
        document.execute(AnnotationEdits.move(id, to.x(), to.y()));
    }

    public void deleteText(String id) {
        document.execute(AnnotationEdits.delete(id));
    }

    /** Arrange, for boxes as wide as {@code width} says (the view's text widths). */
    public void autoLayout(java.util.function.ToDoubleFunction<Node> width) {
        document.execute(AutoLayout.command(width));
    }

    /** What an added or pasted element is in: the selected stage and every later one (null: every stage). */
    private List<String> fromSelectedStage() {
        Scenario s = document.scenario();
        return StageScope.tidy(s, StageScope.fromOn(s, document.stage()));
    }

    private static String defaultName(Scenario s, NodeKind kind) {
        long same = s.nodes().stream().filter(n -> n.kind() == kind).count();
        return same == 0 ? kind.displayName() : kind.displayName() + " " + (same + 1);
    }
}
