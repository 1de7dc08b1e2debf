package com.mailflow.designer.simulation;

/** The kinds of decision a system on the way makes about a message. */
public enum StepKind {
    ROUTE("route"),
    MX_LOOKUP("mx-lookup"),
    CONNECTOR("connector"),
    CONNECTION_FILTER("connection-filter"),
    ENHANCED_FILTERING("enhanced-filtering"),
    SPF("spf"),
    RELAY("relay"),
    OUTBOUND_CONNECTOR("outbound-connector"),
    HANDOFF("handoff"),
    DELIVERY("delivery");

    private final String id;

    StepKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
