package com.mailflow.designer.model;

/** A node's place on the canvas. Kept apart from the semantics: the analyzer never reads it. */
public record Position(double x, double y) {
    public Position translate(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }
}
