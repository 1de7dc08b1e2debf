package com.mailflow.designer.export.diagram;

import java.util.List;

/**
 * The one geometry of a scenario's diagram, built from model and layout, that SVG, PDF and
 * Java2D all paint through {@link DiagramPainter}: nothing is laid out twice.
 */
public record Diagram(double width, double height, List<NodeBox> nodes, List<Arrow> arrows) {
    public static final double TITLE_SIZE = 11;
    public static final double SUBTITLE_SIZE = 8.5;
    public static final double LABEL_SIZE = 8;

    public Diagram {
        nodes = List.copyOf(nodes);
        arrows = List.copyOf(arrows);
    }
}
