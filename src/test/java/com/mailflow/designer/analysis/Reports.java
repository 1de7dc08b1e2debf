package com.mailflow.designer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Small lookups into a report, so assertions read as what they check. */
public final class Reports {
    private Reports() {
    }

    public static List<Finding> findings(Report report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The one finding with this code; fails when there is none or more than one. */
    public static Finding only(Report report, String code) {
        List<Finding> found = findings(report, code);
        assertEquals(1, found.size(), () -> "expected one " + code + " finding, got " + report.findings());
        return found.get(0);
    }

    public static void assertNoFinding(Report report, String code) {
        assertTrue(findings(report, code).isEmpty(), () -> "unexpected " + code + ": " + findings(report, code));
    }

    /** Asserts code, severity, nodes and domain of a finding, and that its message names each fact. */
    public static void assertFinding(Finding finding, Severity severity, List<String> nodes, String domain,
                                     String... facts) {
        assertEquals(severity, finding.severity(), finding::toString);
        assertEquals(nodes, finding.nodes(), finding::toString);
        assertEquals(domain, finding.domain(), finding::toString);
        for (String fact : facts) {
            assertTrue(finding.message().contains(fact), () -> "message lacks '" + fact + "': " + finding.message());
        }
    }

    public static List<SafelistEntry> safelistOf(Report report, String node) {
        return report.safelist().stream().filter(e -> e.node().equals(node)).toList();
    }

    public static InboundConnector inbound(Report report, String node) {
        return report.connectors().stream()
                .filter(c -> c instanceof InboundConnector && c.nodes().contains(node))
                .map(InboundConnector.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no inbound connector for " + node + ": " + report.connectors()));
    }

    public static OutboundConnector outbound(Report report, String node) {
        return report.connectors().stream()
                .filter(c -> c instanceof OutboundConnector && c.nodes().contains(node))
                .map(OutboundConnector.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no outbound connector for " + node + ": " + report.connectors()));
    }

    public static List<DnsRecord> dns(Report report, String domain, String purpose) {
        return report.dns().stream().filter(r -> r.domain().equals(domain) && r.purpose().id().equals(purpose)).toList();
    }

    /** The one DNS record of this purpose for the domain. */
    public static DnsRecord record(Report report, String domain, String purpose) {
        List<DnsRecord> found = dns(report, domain, purpose);
        assertEquals(1, found.size(), () -> "expected one " + purpose + " record for " + domain + ": " + report.dns());
        return found.get(0);
    }
}
