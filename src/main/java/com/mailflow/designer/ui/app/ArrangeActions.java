package com.mailflow.designer.ui.app;

import com.mailflow.designer.edit.AlignNodes;
import com.mailflow.designer.ui.canvas.CanvasView;
import com.mailflow.designer.ui.canvas.NodeView;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import com.mailflow.designer.ui.viewmodel.EditViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/** Align (six edges) and distribute (two directions) the selected boxes: the Arrange menu's and toolbar's. */
final class ArrangeActions {
    private ArrangeActions() {
    }

    static List<Action> of(DocumentViewModel doc, EditViewModel edits, CanvasView canvas) {
        ObservableBooleanValue fewerThanTwo = Bindings.createBooleanBinding(() -> doc.selection().nodes().size() < 2,
                doc.selectionProperty());
        ObservableBooleanValue fewerThanThree = Bindings.createBooleanBinding(
                () -> doc.selection().nodes().size() < 3, doc.selectionProperty());
        ToDoubleFunction<String> width = id -> canvas.view(id).map(NodeView::boxWidth).orElse(NodeView.WIDTH);
        List<Action> actions = new ArrayList<>();
        String[] icons = {"mdi2a-align-horizontal-left", "mdi2a-align-horizontal-center",
            "mdi2a-align-horizontal-right", "mdi2a-align-vertical-top", "mdi2a-align-vertical-center",
            "mdi2a-align-vertical-bottom"};
        for (AlignNodes.Edge edge : AlignNodes.Edge.values()) {
            actions.add(Action.of("align-" + edge.name().toLowerCase(java.util.Locale.ROOT), edge.title(),
                    icons[edge.ordinal()], null, () -> edits.align(edge, width)).disabledWhen(fewerThanTwo));
        }
        actions.add(Action.of("distribute-horizontally", "Distribute Horizontally", "mdi2d-distribute-horizontal-center",
                null, () -> edits.distribute(true, width)).disabledWhen(fewerThanThree));
        actions.add(Action.of("distribute-vertically", "Distribute Vertically", "mdi2d-distribute-vertical-center",
                null, () -> edits.distribute(false, width)).disabledWhen(fewerThanThree));
        return actions;
    }
}
