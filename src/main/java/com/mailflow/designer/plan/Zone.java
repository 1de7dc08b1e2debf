package com.mailflow.designer.plan;

import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.RecordType;
import com.mailflow.designer.analysis.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records published at a point of the plan, one value per owner name and purpose (several MX
 * hosts joined by ", "). The next transition starts from what the last one left, which is not
 * always its report: an SPF policy is only made stricter, and DMARC only tightened, at the end.
 */
final class Zone {
    record Key(String name, RecordType type, RecordPurpose purpose) {
    }

    /** A record's value and TTL, and the analysis's reason for publishing it (the step's why). */
    record Entry(String domain, String value, int ttl, String why) {
        Entry withValue(String changed) {
            return new Entry(domain, changed, ttl, why);
        }
    }

    private final Map<Key, Entry> records;

    private Zone(Map<Key, Entry> records) {
        this.records = Collections.unmodifiableMap(records);
    }

    static Zone empty() {
        return new Zone(new LinkedHashMap<>());
    }

    static Zone of(Report report) {
        Map<Key, List<DnsRecord>> grouped = new LinkedHashMap<>();
        for (DnsRecord r : report.dns()) {
            grouped.computeIfAbsent(new Key(r.name(), r.type(), r.purpose()), k -> new ArrayList<>()).add(r);
        }
        Map<Key, Entry> records = new LinkedHashMap<>();
        grouped.forEach((key, rs) -> records.put(key, new Entry(rs.get(0).domain(),
                String.join(", ", rs.stream().map(Zone::value).toList()), rs.get(0).ttl(), rs.get(0).why())));
        return new Zone(records);
    }

    /** As a zone holds it: an MX with its preference. */
    static String value(DnsRecord r) {
        return r.type() == RecordType.MX ? r.priority() + " " + r.value() : r.value();
    }

    Map<Key, Entry> records() {
        return records;
    }

    Entry get(Key key) {
        return records.get(key);
    }

    Zone with(Map<Key, Entry> changed) {
        Map<Key, Entry> copy = new LinkedHashMap<>(records);
        changed.forEach((k, v) -> {
            if (v == null) {
                copy.remove(k);
            } else {
                copy.put(k, v);
            }
        });
        return new Zone(copy);
    }
}
