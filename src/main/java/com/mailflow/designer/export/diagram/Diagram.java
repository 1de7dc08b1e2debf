package com.mailflow.designer.export.diagram;

import com.mailflow.designer.model.Annotation;
import java.util.List;

/**
 * The one geometry of a scenario's diagram, built from model and layout, that SVG, PDF and
 * Java2D all paint through {@link DiagramPainter}: nothing is laid out twice.
 *
 * @param legendTop where the legend starts (below the drawing), or NaN for none
 * @param annotations the free texts, moved into diagram units like the boxes (x, y: top left)
 */
public record Diagram(double width, double height, List<NodeBox> nodes, List<Arrow> arrows, double legendTop,
                      List<Annotation> annotations) {
    public static final double TITLE_SIZE = 11;
    public static final double SUBTITLE_SIZE = 8.5;
    public static final double LABEL_SIZE = 8;
    public static final double BADGE_SIZE = 7;
    public static final double LEGEND_SIZE = 8.5;
    public static final double LEGEND_LINE = 14;
    public static final double NOTE_SIZE = 10;
    public static final double NOTE_LINE = 13;

    public Diagram {
        nodes = List.copyOf(nodes);
        arrows = List.copyOf(arrows);
        annotations = List.copyOf(annotations);
    }

    public boolean hasLegend() {
        return !Double.isNaN(legendTop);
    }
}
