package com.mailflow.designer.routing;

/** A link named by the node ids at its two ends, in the direction mail takes it. */
public record LinkEnds(String from, String to) {
}
