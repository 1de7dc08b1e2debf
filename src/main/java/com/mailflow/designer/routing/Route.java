package com.mailflow.designer.routing;

import com.mailflow.designer.model.Link;

/**
 * A link as an edge of the mail graph: node positions in file order, and the link's own place.
 * Equal by that place alone: the graph hashes every edge, and hashing the whole link (domains,
 * label, extras) made building a large graph several times slower.
 */
record Route(int from, int to, int order, Link link) {
    @Override
    public boolean equals(Object other) {
        return other instanceof Route r && r.order == order;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(order);
    }
}
