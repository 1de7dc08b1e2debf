package com.mailflow.designer.export;

import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.Report;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps between Prepare and LockDown, written as comments for the admin to do by hand in this
 * order (the cut-over plan will compute them): verify, switch DNS and enable what Prepare left off,
 * wait out the old MX's TTL.
 */
final class BetweenPhases {
    private static final String STEP = "   ";

    private BetweenPhases() {
    }

    static void write(ScriptBuilder script, Report report) {
        script.heading("Between the phases: by hand, in this order");
        script.comment("1. Verify. In the Exchange admin center (Mail flow > Connectors) validate each new connector,")
                .comment(STEP + "send a test message through each new path, and check that each SPF record resolves")
                .comment(STEP + "with at most 10 DNS lookups.");
        script.comment("2. Switch. Publish the records of the zone export. Lower the TTL of a record that changes to")
                .comment(STEP + "300 s at least one old TTL before you change it. The MX records of this design:");
        List<DnsRecord> mx = report.dns().stream().filter(d -> d.purpose() == RecordPurpose.MX).toList();
        for (DnsRecord r : mx) {
            script.comment(STEP + "  " + r.name() + "  MX " + r.priority() + " " + r.value()
                    + (r.verify() ? "   (copy the exact host from the admin center)" : ""));
        }
        if (mx.isEmpty()) {
            script.comment(STEP + "  (none)");
        }
        List<OutboundConnector> outbound = ExchangeOnlineScript.outbound(report);
        if (!outbound.isEmpty()) {
            script.comment(STEP + "Then enable the outbound connectors Prepare created disabled:");
            for (OutboundConnector c : outbound) {
                script.comment(STEP + "  Set-OutboundConnector -Identity " + PowerShellText.quote(c.name())
                        + " -Enabled $true");
            }
        }
        Set<String> dkim = new LinkedHashSet<>();
        report.dns().stream().filter(d -> d.purpose() == RecordPurpose.DKIM).forEach(d -> dkim.add(d.domain()));
        if (!dkim.isEmpty()) {
            script.comment(STEP + "Enable DKIM signing once a domain's selector1 and selector2 CNAME records resolve:");
            for (String domain : dkim) {
                script.comment(STEP + "  Set-DkimSigningConfig -Identity " + PowerShellText.quote(domain)
                        + " -Enabled $true");
            }
        }
        script.comment("3. Wait at least the old MX record's TTL (" + DnsRecord.TTL + " s unless your DNS host shows")
                .comment(STEP + "otherwise) and the retry time of senders that queued; the old path keeps accepting")
                .comment(STEP + "mail meanwhile. Only then run -Phase LockDown.");
    }
}
