package com.mailflow.designer.simulation;

/** The non-delivery report (or deferral) a real message would meet: the SMTP reply as Exchange Online words it. */
public record Ndr(String code, String text) {
    static final Ndr TENANT_ATTRIBUTION = new Ndr("550 5.7.64", "TenantAttribution; Relay Access Denied");
    static final Ndr UNABLE_TO_RELAY = new Ndr("550 5.7.54", "SMTP; Unable to relay recipient in non-accepted domain");
    static final Ndr ACCESS_DENIED = new Ndr("451 4.7.500", "Access denied, please try again later (ASxxx)");
    static final Ndr SPF_VIOLATION = new Ndr("550 5.7.23",
            "The message was rejected because of Sender Policy Framework violation");
    static final Ndr SEND_AS_DENIED = new Ndr("550 5.7.60", "SMTP; Client does not have permissions to send as this sender");
    static final Ndr EXPIRED = new Ndr("550 4.4.7", "QUEUE.Expired; message expired");

    @Override
    public String toString() {
        return code + " " + text;
    }
}
