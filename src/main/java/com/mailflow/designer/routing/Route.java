package com.mailflow.designer.routing;

import com.mailflow.designer.model.Link;

/** A link as an edge of the mail graph: node positions in file order, and the link's own place. */
record Route(int from, int to, int order, Link link) {
}
