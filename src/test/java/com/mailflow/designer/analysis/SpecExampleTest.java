package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.model.NodeAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared address space example of scenario-format.md gives the report of analysis.md section 8. */
class SpecExampleTest {

    private static Report example() {
        return scenario().tenant("contoso").internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .mailServer("exch", "131.107.1.18").appServer("sql", "131.107.1.19")
                .named("exo", "Exchange Online").named("gw", "Gateway").named("exch", "Exchange server")
                .named("sql", "Database server (alerts)")
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com")
                .with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com")
                .domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("exo", "gw", "contoso.com")
                .link("gw", "exo").link("gw", "exch").link("exch", "gw").link("sql", "gw").analyze();
    }

    @Test
    void exampleReportMatchesTheSpec() {
        Report report = example();
        assertEquals(List.of("internet", "exo", "gw", "exch"), report.flows().stream()
                .filter(f -> f.to().equals("exch") && f.kind().id().equals("inbound")).findFirst().orElseThrow()
                .path());
        assertEquals(List.of("gw 131.107.1.17 true internal-servers", "exch 131.107.1.18 false null",
                        "sql 131.107.1.19 false null"),
                report.safelist().stream().map(e -> e.node() + " " + e.address() + " " + e.add() + " "
                        + (e.list() == null ? null : e.list().id())).toList());

        assertEquals(List.of(
                new InboundConnector(ConnectorType.ON_PREMISES, "From Gateway", List.of("gw"), IdentifyBy.CERTIFICATE,
                        "mail.contoso.com", List.of(), List.of(), false, List.of(), true, false, false, true),
                new OutboundConnector(ConnectorType.ON_PREMISES, "To Gateway", List.of("gw"),
                        List.of("mail.contoso.com"), List.of("contoso.com"), "mail.contoso.com", false, true)),
                report.connectors());

        DnsRecord mx = Reports.record(report, "contoso.com", "mx");
        assertEquals("contoso-com.mail.protection.outlook.com", mx.value());
        DnsRecord spf = Reports.record(report, "contoso.com", "spf");
        // r2: the gateway relays the on-premises server's mail through the service, so SPF lists it too.
        assertEquals("v=spf1 ip4:131.107.1.17 include:spf.protection.outlook.com -all", spf.value());
        assertEquals(1, spf.lookups());

        Finding app = Reports.only(report, "app.uses-user-domain");
        assertEquals(List.of("sql"), app.nodes());
        assertEquals("contoso.com", app.domain());
        assertEquals(Severity.WARNING, app.severity());
    }
}
