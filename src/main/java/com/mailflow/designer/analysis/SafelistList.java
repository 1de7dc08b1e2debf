package com.mailflow.designer.analysis;

/** The two IP safelists of the seed (000): unfiltered relays, and servers that carry trusted mail only. */
public enum SafelistList {
    GATEWAY_SERVERS("gateway-servers", "Gateway servers"),
    INTERNAL_SERVERS("internal-servers", "Internal servers");

    private final String id;
    private final String displayName;

    SafelistList(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
