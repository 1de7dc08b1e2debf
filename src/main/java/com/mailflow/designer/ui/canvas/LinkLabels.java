package com.mailflow.designer.ui.canvas;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.export.diagram.LabelPlacer;
import com.mailflow.designer.model.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Places every link label on the canvas by the diagram's rule ({@link LabelPlacer}), in the
 * scenario's link order as the export does. One pass over a spatial grid: linear in the labels,
 * so it runs after every edit and every drag frame (well under a millisecond at 1,000 boxes).
 */
final class LinkLabels {
    private LinkLabels() {
    }

    /** Places them all; returns the views whose label moved. */
    static List<LinkView> place(Collection<NodeView> boxes, List<Link> inOrder, Map<LinkKey, LinkView> views) {
        LabelPlacer placer = new LabelPlacer();
        for (NodeView b : boxes) {
            placer.block(b.getLayoutX(), b.getLayoutY(), b.getLayoutX() + b.boxWidth(), b.getLayoutY() + NodeView.HEIGHT);
        }
        List<LinkView> moved = new ArrayList<>();
        for (Link l : inOrder) {
            LinkView v = views.get(LinkKey.of(l));
            if (v != null && v.placeLabel(placer)) {
                moved.add(v);
            }
        }
        return moved;
    }
}
