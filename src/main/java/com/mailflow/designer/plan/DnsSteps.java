package com.mailflow.designer.plan;

import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.plan.DnsChange.Action;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The DNS changes of a transition, phased: TTLs lowered and SPF widened (old and new terms
 * together) in prepare, the MX switched in cutover, old terms and records removed in cleanup,
 * TTLs restored and (last transition only) SPF and DMARC made stricter in tighten.
 */
final class DnsSteps {
    static final int SWITCH_TTL = 300;
    private static final String RESOLVERS = " from two public resolvers (Resolve-DnsName -Server 1.1.1.1 and"
            + " 8.8.8.8)";

    private final StepList steps;
    private final String stage;
    private final Map<Zone.Key, Zone.Entry> after = new LinkedHashMap<>();
    private int oldMxTtl;

    DnsSteps(StepList steps, String stage) {
        this.steps = steps;
        this.stage = stage;
    }

    /** The longest TTL of an MX that changes or goes (0 when none): the wait lasts at least that. */
    int oldMxTtl() {
        return oldMxTtl;
    }

    Zone plan(Zone before, Zone target) {
        Set<Zone.Key> keys = new LinkedHashSet<>(before.records().keySet());
        keys.addAll(target.records().keySet());
        for (Zone.Key key : keys) {
            Zone.Entry old = before.get(key);
            Zone.Entry now = target.get(key);
            if (old != null && now != null && old.value().equals(now.value())) {
                continue;
            }
            switch (key.purpose()) {
                case MX -> mx(key, old, now);
                case SPF -> spf(key, old, now);
                default -> other(key, old, now);
            }
        }
        return before.with(after);
    }

    /** Only the last transition makes policies stricter, and only when it changes something else too. */
    Zone tighten(Zone zone) {
        Map<Zone.Key, Zone.Entry> stricter = new LinkedHashMap<>();
        zone.records().forEach((key, e) -> {
            String next = key.purpose() == RecordPurpose.DMARC ? Policies.nextDmarc(e.value()) : null;
            if (next != null) {
                steps.dns(Phase.TIGHTEN, "Move " + e.domain() + "'s DMARC policy one step: " + Policies.dmarcPolicy(next),
                        "Once the aggregate reports show only legitimate senders failing nothing, receivers may act"
                                + " on mail that fails DMARC; a step at a time, with reports read in between",
                        new DnsChange(Action.CHANGE, key.name(), key.type(), key.purpose(), e.value(), next, e.ttl()),
                        "Resolve-DnsName " + key.name() + " -Type TXT shows " + next + RESOLVERS,
                        "Publish the previous policy again: " + e.value());
                stricter.put(key, e.withValue(next));
            }
        });
        return zone.with(stricter);
    }

    /** Where the last transition ends: the SPF policy of the target stage, reached in tighten. */
    Zone strictSpf(Zone zone, Zone target) {
        Map<Zone.Key, Zone.Entry> stricter = new LinkedHashMap<>();
        zone.records().forEach((key, e) -> {
            Zone.Entry wanted = target.get(key);
            if (key.purpose() == RecordPurpose.SPF && wanted != null && !wanted.value().equals(e.value())) {
                steps.dns(Phase.TIGHTEN, "Make " + e.domain() + "'s SPF policy strict (" + Policies.all(wanted.value())
                                + ")", "The new senders are all authorized and the DMARC reports show no legitimate"
                                + " mail failing SPF: receivers may now reject what fails it (stage " + stage + ")",
                        new DnsChange(Action.CHANGE, key.name(), key.type(), key.purpose(), e.value(), wanted.value(),
                                e.ttl()), spfCheck(key, wanted.value()), "Publish " + e.value() + " again");
                stricter.put(key, wanted);
            }
        });
        return zone.with(stricter);
    }

    private void mx(Zone.Key key, Zone.Entry old, Zone.Entry now) {
        if (old == null) {
            steps.dns(Phase.CUTOVER, "Publish " + now.domain() + "'s MX: " + hosts(now.value()), reason(now) + "; from this"
                    + " step on (stage " + stage + ")",
                    new DnsChange(Action.ADD, key.name(), key.type(), key.purpose(), null, now.value(), now.ttl()),
                    mxCheck(key, now.value()), "Remove the MX record again");
            after.put(key, now);
            return;
        }
        oldMxTtl = Math.max(oldMxTtl, old.ttl());
        if (now == null) {
            steps.dns(Phase.CLEANUP, "Remove " + old.domain() + "'s MX", old.domain() + " receives no mail in stage "
                    + stage, new DnsChange(Action.REMOVE, key.name(), key.type(), key.purpose(), old.value(), null,
                    old.ttl()), "Resolve-DnsName " + key.name() + " -Type MX returns no record" + RESOLVERS,
                    "Publish the MX again: " + old.value());
            after.put(key, null);
            return;
        }
        int switchTtl = Math.min(SWITCH_TTL, old.ttl());
        if (old.ttl() > switchTtl) {
            steps.dns(Phase.PREPARE, "Lower the TTL of " + old.domain() + "'s MX to " + switchTtl + " s",
                    "So that the MX change reaches every resolver within minutes, and a rollback too; resolvers"
                            + " keep the old TTL for up to " + old.ttl() / 60 + " minutes, so lower it that long before"
                            + " the cutover", new DnsChange(Action.CHANGE, key.name(), key.type(), key.purpose(),
                            old.value(), old.value(), switchTtl),
                    "Resolve-DnsName " + key.name() + " -Type MX shows a TTL of at most " + switchTtl + RESOLVERS,
                    "Set the TTL back to " + old.ttl() + " s", old.ttl() / 60);
        }
        steps.dns(Phase.CUTOVER, "Point " + old.domain() + "'s MX at " + hosts(now.value()), "Internet mail for "
                        + old.domain() + " now enters through " + hosts(now.value()) + " (stage " + stage + ")",
                new DnsChange(Action.CHANGE, key.name(), key.type(), key.purpose(), old.value(), now.value(),
                        switchTtl), mxCheck(key, now.value()),
                "Set the MX back to " + old.value() + "; mail already delivered stays delivered");
        if (now.ttl() > switchTtl) {
            steps.dns(Phase.TIGHTEN, "Restore the TTL of " + old.domain() + "'s MX to " + now.ttl() + " s",
                    "The switch is over: a normal TTL spares resolvers and the DNS host",
                    new DnsChange(Action.CHANGE, key.name(), key.type(), key.purpose(), now.value(), now.value(),
                            now.ttl()), "Resolve-DnsName " + key.name() + " -Type MX shows a TTL of " + now.ttl(),
                    "Lower the TTL again to " + switchTtl + " s", null);
        }
        after.put(key, now);
    }

    /** Why a new record is published: the analysis's reason, then when. */
    private String ahead(Zone.Entry now) {
        return reason(now) + "; published before stage " + stage + " needs it";
    }

    private static String reason(Zone.Entry now) {
        String why = now.why() == null ? "" : now.why().strip();
        return why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
    }

    /** An MX value's hosts without their preferences, for titles ("10 a, 20 b" -> "a, b"). */
    private static String hosts(String value) {
        return String.join(", ", java.util.Arrays.stream(value.split(", ")).map(v -> v.substring(v.indexOf(' ') + 1))
                .toList());
    }

    private static String mxCheck(Zone.Key key, String value) {
        return "Resolve-DnsName " + key.name() + " -Type MX returns " + value + RESOLVERS;
    }

    private String spfCheck(Zone.Key key, String value) {
        return "Resolve-DnsName " + key.name() + " -Type TXT shows " + value + RESOLVERS
                + "; it needs at most 10 DNS lookups";
    }

    private void spf(Zone.Key key, Zone.Entry old, Zone.Entry now) {
        if (old == null) {
            steps.dns(Phase.PREPARE, "Publish " + now.domain() + "'s SPF record", ahead(now),
                    new DnsChange(Action.ADD, key.name(), key.type(), key.purpose(), null, now.value(), now.ttl()),
                    spfCheck(key, now.value()), "Remove the SPF record again");
            after.put(key, now);
            return;
        }
        if (now == null) {
            steps.dns(Phase.CLEANUP, "Remove " + old.domain() + "'s SPF record", "Nothing sends " + old.domain()
                    + "'s mail any more in stage " + stage, new DnsChange(Action.REMOVE, key.name(), key.type(),
                    key.purpose(), old.value(), null, old.ttl()), "Resolve-DnsName " + key.name() + " -Type TXT"
                    + " shows no v=spf1 record", "Publish it again: " + old.value());
            after.put(key, null);
            return;
        }
        String both = Policies.spfUnion(old.value(), now.value());
        if (!both.equals(old.value())) {
            steps.dns(Phase.PREPARE, "Add " + old.domain() + "'s new SPF terms, keeping the old ones",
                    "Every server that sends now or after the switch is authorized on both sides of it (stage "
                            + stage + ")", new DnsChange(Action.CHANGE, key.name(), key.type(), key.purpose(),
                            old.value(), both, old.ttl()), spfCheck(key, both), "Publish " + old.value() + " again");
        }
        // The stricter policy of the new stage waits for the last transition's tighten (strictSpf).
        String end = Policies.withAll(now.value(), Policies.weakerAll(old.value(), now.value()));
        if (!end.equals(both)) {
            steps.dns(Phase.CLEANUP, "Remove " + old.domain() + "'s old SPF terms", "The servers they authorize no"
                    + " longer send " + old.domain() + "'s mail in stage " + stage, new DnsChange(Action.CHANGE,
                    key.name(), key.type(), key.purpose(), both, end, now.ttl()), spfCheck(key, end),
                    "Publish " + both + " again");
        }
        after.put(key, now.withValue(end));
    }

    /** DKIM and DMARC: new ones in prepare (they change no routing), changed in cutover, old ones in cleanup. */
    private void other(Zone.Key key, Zone.Entry old, Zone.Entry now) {
        String what = key.purpose() == RecordPurpose.DKIM ? "DKIM selector " + key.name() : "DMARC record "
                + key.name();
        String check = "Resolve-DnsName " + key.name() + " -Type " + key.type();
        if (old == null) {
            steps.dns(Phase.PREPARE, "Publish the " + what, ahead(now), new DnsChange(Action.ADD, key.name(), key.type(),
                    key.purpose(), null, now.value(), now.ttl()), check + " returns " + now.value(),
                    "Remove the record again");
        } else if (now == null) {
            steps.dns(Phase.CLEANUP, "Remove the " + what, "Stage " + stage + " no longer uses it",
                    new DnsChange(Action.REMOVE, key.name(), key.type(), key.purpose(), old.value(), null, old.ttl()),
                    check + " returns nothing", "Publish it again: " + old.value());
        } else if (key.purpose() == RecordPurpose.DMARC
                && Policies.dmarcRank(now.value()) > Policies.dmarcRank(old.value())) {
            // Stricter waits for the last transition's tighten, one step at a time (tighten()).
            return;
        } else {
            steps.dns(key.purpose() == RecordPurpose.DMARC ? Phase.PREPARE : Phase.CUTOVER, "Change the " + what,
                    "Stage " + stage + " needs " + now.value(), new DnsChange(Action.CHANGE, key.name(), key.type(),
                            key.purpose(), old.value(), now.value(), now.ttl()), check + " returns " + now.value(),
                    "Publish " + old.value() + " again");
        }
        after.put(key, now);
    }

}
