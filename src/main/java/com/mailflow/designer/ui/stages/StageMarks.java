package com.mailflow.designer.ui.stages;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import com.mailflow.designer.ui.canvas.CanvasView;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Marks the selected stage on the canvas: a green dashed outline on what is new in it
 * ({@code stage-new}), a grey dashed one on what leaves after it ({@code stage-leaving}), and,
 * when "show other stages" is on, the other stages' elements faint under the drawing. Runs after
 * the canvas has followed the document, so the views it marks exist.
 */
public final class StageMarks {
    static final String NEW = "stage-new";
    static final String LEAVING = "stage-leaving";
    private final CanvasView canvas;
    private final DocumentViewModel document;
    private final BooleanProperty showOthers = new SimpleBooleanProperty();
    private StageDifference marked = StageDifference.NONE;

    public StageMarks(CanvasView canvas, DocumentViewModel document) {
        this.canvas = canvas;
        this.document = document;
        canvas.fitAlso(this::otherCorners);
        document.shownProperty().addListener((o, a, b) -> refresh());
        // Two stages may look the same (a stage just added is a copy), and then only the marks change.
        document.stageProperty().addListener((o, a, b) -> refresh());
        showOthers.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** "Show other stages": their elements faint, not selectable. */
    public BooleanProperty showOthersProperty() {
        return showOthers;
    }

    private void refresh() {
        StageDifference next = StageDifference.of(document.scenario(), document.stage());
        mark(marked.newNodes(), marked.newLinks(), NEW, false);
        mark(marked.leavingNodes(), marked.leavingLinks(), LEAVING, false);
        mark(next.newNodes(), next.newLinks(), NEW, true);
        mark(next.leavingNodes(), next.leavingLinks(), LEAVING, true);
        marked = next;
        if (showOthers.get()) {
            canvas.ghosts().show(next.otherNodes(), next.otherLinks(), document.scenario().layout());
        } else {
            canvas.ghosts().clear();
        }
    }

    /** Where the nodes of the other stages are: the canvas fits them in too. */
    private java.util.List<javafx.geometry.Point2D> otherCorners() {
        var layout = document.scenario().layout();
        return StageDifference.of(document.scenario(), document.stage()).otherNodes().stream()
                .map(n -> layout.get(n.id())).filter(java.util.Objects::nonNull)
                .map(p -> new javafx.geometry.Point2D(p.x(), p.y())).toList();
    }

    private void mark(Set<String> nodes, Set<LinkKey> links, String styleClass, boolean on) {
        nodes.forEach(id -> canvas.view(id).ifPresent(v -> toggle(v.getStyleClass(), styleClass, on)));
        links.forEach(k -> canvas.linkView(k).ifPresent(v -> toggle(v.getStyleClass(), styleClass, on)));
    }

    private static void toggle(java.util.List<String> classes, String styleClass, boolean on) {
        if (on && !classes.contains(styleClass)) {
            classes.add(styleClass);
        } else if (!on) {
            classes.remove(styleClass);
        }
    }
}
