package com.mailflow.designer.export.diagram;

/** A point in diagram units. */
public record Point(double x, double y) {
}
