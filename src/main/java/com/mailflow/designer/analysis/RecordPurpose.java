package com.mailflow.designer.analysis;

/** What a DNS record is for. */
public enum RecordPurpose {
    MX("mx"),
    SPF("spf"),
    DKIM("dkim"),
    DMARC("dmarc");

    private final String id;

    RecordPurpose(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
