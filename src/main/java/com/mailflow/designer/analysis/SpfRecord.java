package com.mailflow.designer.analysis;

/**
 * A domain's SPF policy before it becomes a DNS record.
 *
 * @param value the whole record, or null when the domain has senders but no term to authorize them
 *        (publishing {@code v=spf1 -all} would make all its mail fail)
 * @param lookups DNS-querying terms, includes counted with their own nested lookups (RFC 7208 limit: 10)
 */
record SpfRecord(String domain, String value, int lookups) {
    static final int MAX_LOOKUPS = 10;
    static final int MAX_LENGTH = 450;

    boolean published() {
        return value != null;
    }
}
