package com.mailflow.designer.analysis;

/** What the service calls the connector or setting; {@link #id()} is the value its cmdlets and the report use. */
public enum ConnectorType {
    /** Exchange Online: a connector to or from the organization's own servers. */
    ON_PREMISES("OnPremises"),
    /** Exchange Online: a connector to or from a service run by someone else. */
    PARTNER("Partner"),
    /** Google Workspace: a third-party relay on the Gmail inbound gateway list. */
    INBOUND_GATEWAY("InboundGateway"),
    /** Google Workspace: an organization's server allowed to use the SMTP relay service. */
    SMTP_RELAY("SmtpRelay"),
    /** Google Workspace: an outbound gateway or routing rule. */
    OUTBOUND_ROUTE("OutboundRoute");

    private final String id;

    ConnectorType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
