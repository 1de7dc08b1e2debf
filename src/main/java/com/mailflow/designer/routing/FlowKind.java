package com.mailflow.designer.routing;

/** The kinds of mail path, in the order the report lists them. */
public enum FlowKind {
    INBOUND("inbound"),
    OUTBOUND("outbound"),
    CROSS_PREMISES("cross-premises"),
    INTERNAL("internal");

    private final String id;

    FlowKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
