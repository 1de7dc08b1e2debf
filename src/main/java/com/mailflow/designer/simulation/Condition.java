package com.mailflow.designer.simulation;

/** What completes an exercise (docs/training.md, "Exercises"): one of these, each checked on the design as it is. */
public sealed interface Condition {
    /** No finding of this severity or worse ("error" or "warning"). */
    record NoFindings(String severity) implements Condition {
    }

    /** SPF of {@code domain} passes for mail that leaves through the design from {@code node}. */
    record SpfPasses(String domain, String node) implements Condition {
    }

    /** Every inbound path of {@code domain} passes {@code node}. */
    record EntersThrough(String domain, String node) implements Condition {
    }

    /** A message from {@code from} to {@code to} (a domain or "outside") is delivered. */
    record Delivers(String from, String to) implements Condition {
    }

    /** No node alone carries the domain's inbound or outbound mail (no resilience.single-point for it). */
    record NoSinglePoint(String domain) implements Condition {
    }
}
