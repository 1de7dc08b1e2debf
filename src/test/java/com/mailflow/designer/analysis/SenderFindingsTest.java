package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.assertFinding;
import static com.mailflow.designer.analysis.Reports.assertNoFinding;
import static com.mailflow.designer.analysis.Reports.only;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.SpfAll;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings about who sends what: app.*, domain.unknown-sender and the SPF checks. */
class SenderFindingsTest {

    /** exch hosts contoso.com and leaves through gw; sql sends through gw too. */
    private static ScenarioFixture appBehindUsersGateway() {
        return scenario().internet("internet").gateway("gw", "131.107.1.17").mailServer("exch", "10.0.0.2")
                .appServer("sql", "10.0.0.3").domain("contoso.com", "exch")
                .link("internet", "gw").link("gw", "exch").link("exch", "gw").link("sql", "gw").link("gw", "internet");
    }

    private static ScenarioFixture cloudOnly() {
        return scenario().internet("internet").cloud("exo").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet");
    }

    @Test
    void applicationLeavingThroughTheUsersGatewaySharesIt() {
        assertFinding(only(appBehindUsersGateway().analyze(), "app.shares-user-gateway"), Severity.WARNING,
                List.of("sql", "gw"), null, "gw");
    }

    @Test
    void applicationWithADedicatedGatewaySharesNothing() {
        Report report = scenario().internet("internet").gateway("gw", "131.107.1.17").mailServer("exch", "10.0.0.2")
                .appServer("sql", "10.0.0.3").gateway("relay", "131.107.1.40").domain("contoso.com", "exch")
                .link("internet", "gw").link("gw", "exch").link("exch", "gw").link("gw", "internet")
                .chain("sql", "relay", "internet").analyze();
        assertNoFinding(report, "app.shares-user-gateway");
    }

    @Test
    void applicationLeavingThroughTheCloudServiceSharesNoGateway() {
        Report report = cloudOnly().appServer("sql", "131.107.1.19").link("sql", "exo").analyze();
        assertNoFinding(report, "app.shares-user-gateway");
    }

    @Test
    void applicationSendingAsTheUsersDomainIsWarned() {
        Report report = cloudOnly().appServer("sql", "131.107.1.19").link("sql", "exo").analyze();
        assertFinding(only(report, "app.uses-user-domain"), Severity.WARNING, List.of("sql"), "contoso.com",
                "contoso.com");
    }

    @Test
    void applicationSendingAsAnAppsDomainIsFine() {
        Report report = cloudOnly().appsDomain("notify.contoso.com").appServer("sql", "131.107.1.19")
                .with("sql", NodeAttribute.SENDS, List.of("notify.contoso.com")).link("sql", "exo").analyze();
        assertNoFinding(report, "app.uses-user-domain");
    }

    @Test
    void sendingAsAnUndeclaredDomainIsAnUnknownSender() {
        ScenarioFixture s = cloudOnly().appServer("sql", "131.107.1.19")
                .with("sql", NodeAttribute.SENDS, List.of("fabrikam.com")).link("sql", "exo");
        assertFinding(only(s.analyze(), "domain.unknown-sender"), Severity.ERROR, List.of("sql"), "fabrikam.com",
                "fabrikam.com");
        assertNoFinding(s.appsDomain("fabrikam.com").analyze(), "domain.unknown-sender");
    }

    @Test
    void declaredDomainMatchesCaseInsensitively() {
        Report report = cloudOnly().appServer("sql", "131.107.1.19")
                .with("sql", NodeAttribute.SENDS, List.of("CONTOSO.com")).link("sql", "exo").analyze();
        assertNoFinding(report, "domain.unknown-sender");
    }

    @Test
    void moreThanTenSpfLookupsIsAnError() {
        Report report = cloudOnly().with("exo", NodeAttribute.SPF_LOOKUPS, 11).analyze();
        assertFinding(only(report, "spf.lookups-exceeded"), Severity.ERROR, List.of(), "contoso.com", "11");
        assertNoFinding(cloudOnly().with("exo", NodeAttribute.SPF_LOOKUPS, 10).analyze(), "spf.lookups-exceeded");
    }

    @Test
    void lookupsOfAllIncludesOfADomainAddUp() {
        ScenarioFixture s = cloudOnly().service("bulk").with("bulk", NodeAttribute.SPF_INCLUDE, "spf.bulk.example")
                .appServer("crm", "10.0.0.4").chain("crm", "bulk", "internet");
        assertNoFinding(s.analyze(), "spf.lookups-exceeded");
        Report report = s.with("bulk", NodeAttribute.SPF_LOOKUPS, 10).analyze();
        assertFinding(only(report, "spf.lookups-exceeded"), Severity.ERROR, List.of(), "contoso.com");
    }

    @Test
    void spfRecordOver450CharactersIsTooLong() {
        assertFinding(only(manyAddresses(30).analyze(), "spf.too-long"), Severity.WARNING, List.of(),
                "contoso.com");
        assertNoFinding(manyAddresses(3).analyze(), "spf.too-long");
    }

    private static ScenarioFixture manyAddresses(int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add("131.107.1." + (100 + i));
        }
        return mailServerWith(addresses);
    }

    @Test
    void spfRecordOfExactly450CharactersIsNotTooLongButOf451Is() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            addresses.add("131.107.100." + (100 + i));
        }
        List<String> at450 = new ArrayList<>(addresses);
        at450.add("131.107.100.50");
        List<String> at451 = new ArrayList<>(addresses);
        at451.add("131.107.100.250");
        Report report450 = mailServerWith(at450).analyze();
        Report report451 = mailServerWith(at451).analyze();
        assertEquals(450, Reports.record(report450, "contoso.com", "spf").value().length());
        assertEquals(451, Reports.record(report451, "contoso.com", "spf").value().length());
        assertNoFinding(report450, "spf.too-long");
        assertFinding(only(report451, "spf.too-long"), Severity.WARNING, List.of(), "contoso.com", "451");
    }

    private static ScenarioFixture mailServerWith(List<String> addresses) {
        return scenario().internet("internet").mailServer("exch", addresses.toArray(String[]::new))
                .domain("contoso.com", "exch").link("internet", "exch").link("exch", "internet");
    }

    @Test
    void softfailIsReportedOncePerSendingDomain() {
        Report report = cloudOnly().domain("parked.example").spfAll(SpfAll.SOFTFAIL).analyze();
        assertFinding(only(report, "spf.softfail"), Severity.INFO, List.of(), "contoso.com", "~all");
        assertNoFinding(cloudOnly().spfAll(SpfAll.FAIL).analyze(), "spf.softfail");
        assertNoFinding(cloudOnly().analyze(), "spf.softfail");
    }
}
