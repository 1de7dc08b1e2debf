package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.DomainPurpose;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.net.DomainName;
import com.mailflow.designer.routing.MxChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MX, SPF, DKIM and DMARC per domain, in file order (docs/rules.md: MX, SPF, DKIM and DMARC). */
final class DnsPlanner {
    private final AnalysisContext ctx;
    private final List<DnsRecord> records = new ArrayList<>();

    private DnsPlanner(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    static List<DnsRecord> plan(AnalysisContext ctx) {
        DnsPlanner planner = new DnsPlanner(ctx);
        ctx.domains().forEach(planner::domain);
        return planner.records;
    }

    private void domain(Domain d) {
        String name = DomainName.asciiOrSelf(d.name());
        boolean sends = !ctx.sendersOf(d).isEmpty();
        boolean parked = !d.hasMailboxes() && !sends;
        if (parked) {
            records.add(mxRecord(d, name, ".", 0, false,
                    d.name() + " receives no mail: a null MX (RFC 7505) tells senders so at once."));
        } else {
            mx(d, name).ifPresent(records::add);
        }
        SpfRecord spf = sends || parked ? ctx.spf(d) : null;
        if (spf != null && spf.published()) {
            records.add(new DnsRecord(d.name(), name, RecordType.TXT, RecordPurpose.SPF, spf.value(), null,
                    DnsRecord.TTL, false, spf.lookups(), parked ? d.name() + " sends no mail: anything claiming to come from it fails SPF."
                    : "Lists every server that sends " + d.name() + "'s mail to the Internet."));
        }
        if (!parked && ctx.profile() == Profile.EXCHANGE_ONLINE && ctx.signsInCloud(d)) {
            dkim(d, name, "selector1");
            dkim(d, name, "selector2");
        }
        if (sends || parked) {
            records.add(new DnsRecord(d.name(), "_dmarc." + name, RecordType.TXT, RecordPurpose.DMARC,
                    dmarc(d, parked), null, DnsRecord.TTL, false, null, parked ? d.name() + " sends no mail: receivers should reject"
                    + " anything that claims to come from it." : "DMARC in monitoring mode (p=none) with aggregate"
                    + " reports; move to quarantine and then reject once the reports show only legitimate senders."));
        }
    }

    private Optional<DnsRecord> mx(Domain d, String name) {
        Optional<String> entry = ctx.routing().mxOf(d.name()).flatMap(MxChoice::entryNode);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Node node = ctx.node(entry.get());
        String why = "Internet mail for " + d.name() + " arrives at " + node.name() + ".";
        if (node.kind() != NodeKind.CLOUD_SERVICE) {
            return node.hostname().map(host -> mxRecord(d, name, DomainName.asciiOrSelf(host), 10, false, why));
        }
        return Optional.of(switch (ctx.profile()) {
            case GOOGLE_WORKSPACE -> mxRecord(d, name, "smtp.google.com", 1, false, why);
            case FOPE -> mxRecord(d, name, "mail.messaging.microsoft.com", 10, false, why);
            case EXCHANGE_ONLINE -> mxRecord(d, name, name.replace('.', '-') + ".mail.protection.outlook.com", 0,
                    true, why + " Domains added recently get a host under mx.microsoft instead: copy the value shown"
                            + " in the admin center.");
        });
    }

    private static DnsRecord mxRecord(Domain d, String name, String host, int priority, boolean verify, String why) {
        return new DnsRecord(d.name(), name, RecordType.MX, RecordPurpose.MX, host, priority, DnsRecord.TTL, verify,
                null, why);
    }

    private void dkim(Domain d, String name, String selector) {
        String tenant = ctx.scenario().tenantName().orElse("<tenant>");
        records.add(new DnsRecord(d.name(), selector + "._domainkey." + name, RecordType.CNAME, RecordPurpose.DKIM,
                selector + "-" + name.replace('.', '-') + "._domainkey." + tenant + ".onmicrosoft.com", null,
                DnsRecord.TTL, true, null, "Lets the cloud service sign " + d.name() + "'s mail with DKIM (" + selector
                + "); enable signing once published. Domains added recently get targets under dkim.mail.microsoft:"
                + " copy the values from the admin center."));
    }

    private String dmarc(Domain d, boolean parked) {
        if (parked) {
            return "v=DMARC1; p=reject";
        }
        String reports = d.hasMailboxes() ? d.name() : ctx.domains().stream()
                .filter(o -> o.hasMailboxes() && o.effectivePurpose() == DomainPurpose.USERS)
                .map(Domain::name).findFirst().orElse(d.name());
        return "v=DMARC1; p=none; rua=mailto:dmarc@" + DomainName.asciiOrSelf(reports);
    }
}
