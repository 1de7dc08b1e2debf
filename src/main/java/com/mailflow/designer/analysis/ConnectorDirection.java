package com.mailflow.designer.analysis;

/** Into the service, or out of it. */
public enum ConnectorDirection {
    INBOUND("inbound"),
    OUTBOUND("outbound");

    private final String id;

    ConnectorDirection(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
