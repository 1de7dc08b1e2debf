package com.mailflow.designer.analysis;

/** The DNS record types the analysis publishes. */
public enum RecordType {
    MX,
    TXT,
    CNAME
}
