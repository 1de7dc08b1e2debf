package com.mailflow.designer.simulation;

import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SpfIncludes;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.net.IpAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * SPF as the receiving server evaluates it (RFC 7208, section 4.6): the terms of the record this
 * design publishes, left to right, against the server the message came from; the first term that
 * matches gives the result through its qualifier. The service's own servers (and a partner's that
 * publishes an include) match their include; the organization's servers match by address.
 */
final class SpfCheck {
    private SpfCheck() {
    }

    static Step evaluate(Report report, String senderDomain, Node egress) {
        Optional<DnsRecord> record = report.dns().stream()
                .filter(r -> r.purpose() == RecordPurpose.SPF && r.domain().equals(senderDomain)).findFirst();
        if (record.isEmpty()) {
            return Step.of(StepKind.SPF, Verdict.WARN, Narrative.spfNone(senderDomain), Source.SPF);
        }
        String value = record.get().value();
        if (record.get().lookups() != null && record.get().lookups() > 10) {
            return Step.of(StepKind.SPF, Verdict.WARN, Narrative.spfPermError(senderDomain, value), Source.SPF);
        }
        Optional<String> include = SpfIncludes.of(egress, report.profile());
        IpAddress address = include.isPresent() ? null : SendingAddress.of(egress);
        String[] terms = value.split(" ");
        for (int i = 1; i < terms.length; i++) {
            String term = terms[i];
            char qualifier = "+-~?".indexOf(term.charAt(0)) >= 0 ? term.charAt(0) : '+';
            String mechanism = qualifier == term.charAt(0) ? term.substring(1) : term;
            if (matches(mechanism, include, address)) {
                return result(qualifier, senderDomain, value, term, egress, address);
            }
        }
        // No "all" at the end: the result is neutral (RFC 7208, 4.7).
        return result('?', senderDomain, value, null, egress, address);
    }

    private static boolean matches(String mechanism, Optional<String> include, IpAddress address) {
        String lower = mechanism.toLowerCase(Locale.ROOT);
        if (lower.equals("all")) {
            return true;
        }
        if (lower.startsWith("include:")) {
            return include.isPresent() && include.get().equalsIgnoreCase(mechanism.substring("include:".length()));
        }
        if (lower.startsWith("ip4:") || lower.startsWith("ip6:")) {
            IpAddress listed = IpAddress.parseOrNull(mechanism.substring(4));
            return listed != null && address != null && listed.contains(address);
        }
        return false;
    }

    private static Step result(char qualifier, String domain, String value, String term, Node egress, IpAddress address) {
        String from = Narrative.sendingServer(egress, address);
        return switch (qualifier) {
            case '+' -> Step.of(StepKind.SPF, Verdict.PASS, Narrative.spfPass(domain, value, term, from), Source.SPF);
            case '-' -> Step.fail(StepKind.SPF, Narrative.spfFail(domain, value, from), Source.SPF, Ndr.SPF_VIOLATION);
            case '~' -> Step.of(StepKind.SPF, Verdict.WARN, Narrative.spfSoftFail(domain, value, from), Source.SPF);
            default -> Step.of(StepKind.SPF, Verdict.WARN, Narrative.spfNeutral(domain, value, from), Source.SPF);
        };
    }
}
