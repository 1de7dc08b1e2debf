package com.mailflow.designer.edit;

import com.mailflow.designer.model.Link;

/** A link's identity: a scenario holds at most one link per ordered pair of nodes. */
public record LinkKey(String from, String to) {
    public static LinkKey of(Link link) {
        return new LinkKey(link.from(), link.to());
    }

    public boolean matches(Link link) {
        return link.joins(from, to);
    }

    public boolean touches(String nodeId) {
        return from.equals(nodeId) || to.equals(nodeId);
    }

    @Override
    public String toString() {
        return from + "->" + to;
    }
}
