package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.ConnectorType;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.RealizedBy;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.RecordType;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.SafelistList;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * A scenario and a hand-built report for it (independent of the analyzer, so these tests pin
 * the exporters alone), plus a hostile variant whose every user string tries to break out.
 */
final class ExportFixtures {
    static final ExportOptions OPTIONS = new ExportOptions(LocalDate.of(2026, 1, 15), 1.0);
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String PS_BREAKOUT = "\u2019; Remove-Item -Recurse C:\\ ; \u2018";
    static final String FORMULA = "=HYPERLINK(\"http://x\")";

    private ExportFixtures() {
    }

    static Scenario scenario() {
        try (InputStream in = ExportFixtures.class.getResourceAsStream("/export/shared-address-space.mailflow.json")) {
            return ScenarioReader.read(in.readAllBytes());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Report report() {
        return report(Profile.EXCHANGE_ONLINE, "From Gateway", "mail.contoso.com", "contoso.com",
                "Gateway relays application mail");
    }

    static Report report(Profile profile, String connectorName, String certificate, String domain, String purpose) {
        List<Flow> flows = List.of(
                new Flow(FlowKind.INBOUND, domain, "internet", "exo", List.of("internet", "exo")),
                new Flow(FlowKind.INBOUND, domain, "internet", "exch", List.of("internet", "exo", "gw", "exch")),
                new Flow(FlowKind.OUTBOUND, domain, "exch", "internet", List.of("exch", "gw", "exo", "internet")),
                new Flow(FlowKind.INTERNAL, domain, "sql", "exo", List.of("sql", "gw", "exo")));
        List<SafelistEntry> safelist = List.of(
                new SafelistEntry("gw", "131.107.1.17", "Gateway", purpose, true, SafelistList.INTERNAL_SERVERS,
                        RealizedBy.IP_ALLOW_LIST, true, List.of("131.107.1.17"),
                        "Connects to the cloud service and carries only trusted mail."),
                new SafelistEntry("edge", "131.107.2.1", "Gateway", "Relays Internet mail unfiltered", true,
                        SafelistList.GATEWAY_SERVERS, RealizedBy.CONNECTOR_IP, false, List.of("131.107.2.1"),
                        "Relays unfiltered Internet mail."),
                new SafelistEntry("exch", "131.107.1.18", "E-mail server", "Dedicated e-mail server", false, null,
                        RealizedBy.NONE, false, List.of(), "Behind the gateway."),
                new SafelistEntry("filter", "203.0.113.0/24", "Third-party filter", "Filters spam", false, null,
                        RealizedBy.NONE, false, List.of(), "Shared with other organizations."));
        List<Connector> connectors = List.of(
                new InboundConnector(ConnectorType.ON_PREMISES, connectorName, List.of("gw"), IdentifyBy.CERTIFICATE,
                        certificate, List.of(), List.of(), true, List.of("131.107.1.17"), true, false, false, false),
                new InboundConnector(ConnectorType.PARTNER, "From Partner filter", List.of("filter"), IdentifyBy.IP,
                        null, List.of("203.0.113.0/24"), List.of("2001:db8::1", "198.51.0.0/15"), true, List.of(), true,
                        false, false, false),
                new InboundConnector(ConnectorType.PARTNER, "From Gateway (restricted)", List.of("edge"),
                        IdentifyBy.CERTIFICATE, certificate, List.of(), List.of(), false, List.of(), true, true, false,
                        false),
                new OutboundConnector(ConnectorType.ON_PREMISES, "To Gateway", List.of("gw"),
                        List.of("mail.contoso.com"), List.of(domain), certificate, true, false));
        String dashed = domain.replace('.', '-');
        String longSpf = "v=spf1 " + "ip4:131.107.1.17 ".repeat(20) + "include:spf.protection.outlook.com -all";
        List<DnsRecord> dns = List.of(
                new DnsRecord(domain, domain, RecordType.MX, RecordPurpose.MX, dashed + ".mail.protection.outlook.com", 0, 3600, true, null,
                        "Internet mail for " + domain + " enters through Exchange Online."),
                new DnsRecord(domain, domain, RecordType.TXT, RecordPurpose.SPF, longSpf, null, 3600, false, 1,
                        "Servers allowed to send as " + domain + "."),
                new DnsRecord(domain, "selector1._domainkey." + domain, RecordType.CNAME, RecordPurpose.DKIM,
                        "selector1-" + dashed + "._domainkey.contoso.onmicrosoft.com", null, 3600, true, null,
                        "DKIM signing key 1 published by Microsoft."),
                new DnsRecord(domain, "_dmarc." + domain, RecordType.TXT, RecordPurpose.DMARC, "v=DMARC1; p=none; rua=mailto:dmarc@" + domain,
                        null, 3600, false, null, "Reports on mail failing SPF and DKIM: first step towards p=reject."),
                new DnsRecord("parked.example", "parked.example", RecordType.MX, RecordPurpose.MX, ".", 0, 3600, false, null,
                        "Parked domain: null MX, receives no mail."),
                new DnsRecord("parked.example", "parked.example", RecordType.TXT, RecordPurpose.SPF, "v=spf1 -all", null, 3600, false, 0,
                        "Parked domain: sends no mail."));
        List<Finding> findings = List.of(
                new Finding("app.uses-user-domain", Severity.WARNING, List.of("sql"), domain,
                        "Database server (alerts) sends as a users domain: give applications their own subdomain."),
                new Finding("address.range-too-broad", Severity.ERROR, List.of("filter"), null,
                        "198.51.0.0/16 is wider than /24 and can't identify a connector."),
                new Finding("address.documentation", Severity.INFO, List.of("filter"), null,
                        "203.0.113.0/24 is a documentation range."));
        return new Report("Shared address space", profile, flows, safelist, connectors, dns, findings, List.of());
    }

    /** Every user-provided string replaced by an attempt to break out of its format. */
    static Scenario hostileScenario() {
        Scenario s = scenario();
        List<Node> nodes = s.nodes().stream().map(n -> switch (n.id()) {
            case "gw" -> n.withName(SCRIPT);
            case "exch" -> n.withName(PS_BREAKOUT);
            case "sql" -> n.withName(FORMULA);
            default -> n;
        }).toList();
        return s.withName(SCRIPT + " " + PS_BREAKOUT).withDescription(FORMULA + "\n" + SCRIPT).withNodes(nodes);
    }

    static Report hostileReport() {
        return report(Profile.EXCHANGE_ONLINE, PS_BREAKOUT, "mail.contoso.com'; Stop-Computer; '", "contoso.com",
                FORMULA);
    }
}
