package com.mailflow.designer.export.diagram;

/** The outline of a node's box. */
public enum NodeShape {
    ELLIPSE, PILL, HEXAGON, RECT, ROUNDED
}
