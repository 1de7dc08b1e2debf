package com.mailflow.designer.analysis;

import java.util.List;

/**
 * A domain's SPF policy before it becomes a DNS record.
 *
 * @param lookups DNS-querying terms, includes counted with their own nested lookups (RFC 7208 limit: 10)
 * @param contributors egress node ids the terms came from, in order
 */
record SpfRecord(String domain, String value, int lookups, List<String> contributors) {
    static final int MAX_LOOKUPS = 10;
    static final int MAX_LENGTH = 450;
}
