package com.mailflow.designer.analysis;

/**
 * A DNS record to publish.
 *
 * @param domain the scenario's domain as entered
 * @param name owner name in A-labels
 * @param priority MX preference, else null
 * @param lookups DNS-querying terms of an SPF record, else null
 * @param verify the value must be checked against the admin center before publishing
 * @param why one sentence for handouts and zone comments
 */
public record DnsRecord(String domain, String name, RecordType type, RecordPurpose purpose, String value,
                        Integer priority, int ttl, boolean verify, Integer lookups, String why) {
    public static final int TTL = 3600;
}
