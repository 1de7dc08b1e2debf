package com.mailflow.designer.plan;

import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.PowerShellCommand.Verb;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One transition, from the stage before (null for the greenfield set-up) to the next: its steps,
 * and the records published once it is done, which the next transition starts from.
 */
final class TransitionPlanner {
    record Result(Transition transition, Zone published) {
    }

    private TransitionPlanner() {
    }

    static Result plan(String fromId, Scenario from, Report fromReport, Zone published, String toId, String stage,
                       Scenario to, Report toReport, boolean last) {
        StepList steps = new StepList();
        new ConnectorSteps(steps, stage, toReport).plan(fromReport == null ? List.of() : fromReport.connectors(),
                toReport.connectors());
        Zone target = Zone.of(toReport);
        DnsSteps dns = new DnsSteps(steps, stage);
        Zone after = dns.plan(published, target);
        dkimSigning(steps, published, toReport, stage);
        ElementSteps elements = new ElementSteps(steps, stage);
        Scenario before = from == null ? Scenario.empty(to.name()) : from;
        elements.nodes(before, to);
        elements.domains(before, to);
        elements.safelist(fromReport, toReport);
        elements.directDelivery(fromReport, toReport);
        if (last && !steps.isEmpty()) {
            after = dns.tighten(dns.strictSpf(after, target));
        }
        if (dns.oldMxTtl() > 0 || steps.any(Phase.LOCKDOWN) || steps.any(Phase.CLEANUP)) {
            int minutes = Math.max(dns.oldMxTtl(), DnsRecord.TTL) / 60;
            steps.waitFor("Wait at least " + minutes + " minutes", "Resolvers may hold the old MX for its TTL and"
                    + " senders retry queued mail for a while: the old path keeps accepting mail meanwhile, and"
                    + " nothing is restricted or removed before it is drained", minutes, "The old path's logs show"
                    + " no new Internet mail for at least the wait, and its queues are empty");
        }
        return new Result(new Transition(fromId, toId, steps.numbered()), after);
    }

    /** Signing starts once a domain's DKIM selectors are published (Exchange Online creates the keys unsigned). */
    private static void dkimSigning(StepList steps, Zone published, Report to, String stage) {
        Set<String> domains = new LinkedHashSet<>();
        for (DnsRecord r : to.dns()) {
            boolean isNew = published.get(new Zone.Key(r.name(), r.type(), r.purpose())) == null;
            if (r.purpose() == RecordPurpose.DKIM && isNew) {
                domains.add(r.domain());
            }
        }
        for (String domain : domains) {
            String title = "Enable DKIM signing for " + domain;
            String why = "Its selector records are published (prepare); mail of stage " + stage + " is signed";
            String check = "Get-DkimSigningConfig -Identity '" + domain + "' shows Enabled True";
            String rollback = "Disable DKIM signing for " + domain + " again";
            if (to.profile() == Profile.EXCHANGE_ONLINE) {
                steps.powershell(Phase.CUTOVER, title, why, PowerShellCommand.with(Verb.DKIM_ENABLE,
                        List.of(domain)), check, rollback);
            } else {
                steps.manual(Phase.CUTOVER, title + " in the service's admin console", why, check, rollback);
            }
        }
    }
}
