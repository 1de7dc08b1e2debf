package com.mailflow.designer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the findings of the rule that is running. */
public final class Findings {
    private final List<Finding> findings = new ArrayList<>();
    private Rule current;

    void startRule(Rule rule) {
        this.current = rule;
    }

    /** Reports a finding of the running rule about these nodes (and domain, or null). */
    public void add(List<String> nodes, String domain, String message) {
        findings.add(new Finding(current.code(), current.severity(), nodes, domain, message));
    }

    /** The same, with the message written only when read (rules that may fire thousands of times). */
    public void add(List<String> nodes, String domain, Supplier<String> message) {
        findings.add(new Finding(current.code(), current.severity(), nodes, domain, message));
    }

    List<Finding> all() {
        return findings;
    }
}
