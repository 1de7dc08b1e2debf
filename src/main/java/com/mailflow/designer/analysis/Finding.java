package com.mailflow.designer.analysis;

import java.util.List;

/**
 * Something wrong or risky, for the consultant: what, why it matters, what to do.
 *
 * @param domain the domain it concerns, or null
 */
public record Finding(String code, Severity severity, List<String> nodes, String domain, String message) {
    public Finding {
        nodes = List.copyOf(nodes);
    }
}
