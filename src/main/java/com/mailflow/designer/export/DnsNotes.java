package com.mailflow.designer.export;

/** Wording shared by the DNS table and the zone file. */
final class DnsNotes {
    static final String VERIFY = "Verify: copy the exact value shown in the admin center before publishing.";

    private DnsNotes() {
    }
}
