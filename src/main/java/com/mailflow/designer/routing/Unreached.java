package com.mailflow.designer.routing;

/** A flow the topology should have but can't carry: the analysis turns it into a finding. */
public record Unreached(FlowKind kind, String domain, String from, String to) {
}
