package com.mailflow.designer.plan;

import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.RecordType;
import java.util.Locale;

/**
 * One record to add, change or remove. Values are as a zone holds them ({@code 10 mail.contoso.com}
 * for an MX).
 *
 * @param from the value before, null for an add
 * @param to the value after, null for a remove
 * @param ttl the TTL the record gets (for a remove, the TTL it had)
 */
public record DnsChange(Action action, String name, RecordType type, RecordPurpose purpose, String from, String to,
                        int ttl) {
    public enum Action {
        ADD, CHANGE, REMOVE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A change of TTL only: the same value before and after. */
    public boolean ttlOnly() {
        return action == Action.CHANGE && from.equals(to);
    }
}
