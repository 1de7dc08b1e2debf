package com.mailflow.designer.routing;

import java.util.List;

/**
 * One mail path: node ids from {@code from} to {@code to}, both included.
 *
 * @param domain the recipient (inbound, cross-premises, internal) or sender (outbound) domain
 */
public record Flow(FlowKind kind, String domain, String from, String to, List<String> path) {
    public Flow {
        // The router's paths are immutable views over the graph's ids; anything else is copied.
        path = path instanceof NodeIds ? path : List.copyOf(path);
    }

    /** The node just before {@code to}: the egress of an outbound flow. */
    public String beforeLast() {
        return path.get(path.size() - 2);
    }

    /** Whether {@code first} is immediately followed by {@code second} somewhere on the path. */
    public boolean hasHop(String first, String second) {
        for (int i = 0; i + 1 < path.size(); i++) {
            if (path.get(i).equals(first) && path.get(i + 1).equals(second)) {
                return true;
            }
        }
        return false;
    }
}
