package com.mailflow.designer.analysis;

/**
 * How the service is told to trust a safelisted address (analysis rule S4 in docs/rules.md). The
 * sentence is the one the screen, the handouts and the script all show.
 */
public enum RealizedBy {
    CONNECTOR_CERTIFICATE("connector-certificate",
            "Trusted through its inbound connector, which identifies it by certificate"),
    CONNECTOR_IP("connector-ip", "Trusted through its inbound connector, which lists this address"),
    IP_ALLOW_LIST("ip-allow-list", "Add to the connection filter's IP Allow List"),
    FOPE_SAFELIST("fope-safelist", "Enter on this list in the FOPE Admin Center"),
    INBOUND_GATEWAY("inbound-gateway", "Add to the Gmail inbound gateway list"),
    SMTP_RELAY("smtp-relay", "Add to the SMTP relay service's allowed senders"),
    NONE("none", "Nothing to add");

    private final String id;
    private final String action;

    RealizedBy(String id, String action) {
        this.id = id;
        this.action = action;
    }

    public String id() {
        return id;
    }

    /** What to do with the address, in words. */
    public String action() {
        return action;
    }
}
