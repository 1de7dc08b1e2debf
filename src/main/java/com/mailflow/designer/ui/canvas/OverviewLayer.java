package com.mailflow.designer.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The drawing when zoomed far out: all boxes as one path and all links as another. Thousands
 * of separate shapes cost a mask each in the software renderer; two shapes cost two. Names
 * can't be read at that size anyway; selected boxes stay drawn as themselves on top.
 */
final class OverviewLayer extends Group {
    private final Path boxes = new Path();
    private final Path links = new Path();

    OverviewLayer() {
        boxes.getStyleClass().add("overview-boxes");
        links.getStyleClass().add("overview-links");
        getChildren().addAll(links, boxes);
        setMouseTransparent(true);
        setVisible(false);
    }

    void rebuild(Collection<NodeView> nodeViews, Collection<LinkView> linkViews) {
        List<PathElement> box = new ArrayList<>(nodeViews.size() * 5);
        for (NodeView v : nodeViews) {
            double x = v.getLayoutX();
            double y = v.getLayoutY();
            box.add(new MoveTo(x, y));
            box.add(new LineTo(x + v.boxWidth(), y));
            box.add(new LineTo(x + v.boxWidth(), y + NodeView.HEIGHT));
            box.add(new LineTo(x, y + NodeView.HEIGHT));
            box.add(new ClosePath());
        }
        List<PathElement> line = new ArrayList<>(linkViews.size() * 2);
        linkViews.forEach(l -> l.appendLine(line));
        boxes.getElements().setAll(box);
        links.getElements().setAll(line);
    }

    /** Keeps strokes one screen pixel wide at any zoom. */
    void setZoom(double zoom) {
        boxes.setStrokeWidth(1 / zoom);
        links.setStrokeWidth(1 / zoom);
    }
}
