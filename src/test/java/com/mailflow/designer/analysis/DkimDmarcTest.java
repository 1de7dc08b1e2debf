package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.dns;
import static com.mailflow.designer.analysis.Reports.record;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DKIM and DMARC records, IDN names and the order of the DNS plan (analysis.md section 6). */
class DkimDmarcTest {

    private static ScenarioFixture cloudOnly() {
        return scenario().internet("internet").cloud("exo").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet");
    }

    @Test
    void dkimCnamesPointIntoTheTenant() {
        List<DnsRecord> dkim = dns(cloudOnly().tenant("contoso").analyze(), "contoso.com", "dkim");
        assertEquals(List.of("selector1._domainkey.contoso.com", "selector2._domainkey.contoso.com"),
                dkim.stream().map(DnsRecord::name).toList());
        assertEquals(List.of("selector1-contoso-com._domainkey.contoso.onmicrosoft.com",
                        "selector2-contoso-com._domainkey.contoso.onmicrosoft.com"),
                dkim.stream().map(DnsRecord::value).toList());
        assertTrue(dkim.stream().allMatch(r -> r.type().name().equals("CNAME") && r.verify()));
    }

    @Test
    void dkimTargetKeepsATenantPlaceholderWithoutTenant() {
        List<DnsRecord> dkim = dns(cloudOnly().analyze(), "contoso.com", "dkim");
        assertEquals("selector1-contoso-com._domainkey.<tenant>.onmicrosoft.com", dkim.get(0).value());
    }

    @Test
    void dkimIsPublishedForADomainWhoseSenderLeavesThroughTheCloud() {
        ScenarioFixture s = cloudOnly().appsDomain("notify.contoso.com").appServer("sql", "10.0.0.9")
                .with("sql", NodeAttribute.SENDS, List.of("notify.contoso.com"));
        assertEquals(2, dns(s.link("sql", "exo").analyze(), "notify.contoso.com", "dkim").size());
    }

    @Test
    void noDkimForADomainThatNeverTouchesTheCloud() {
        Report report = cloudOnly().appsDomain("notify.contoso.com").appServer("sql", "131.107.1.19")
                .with("sql", NodeAttribute.SENDS, List.of("notify.contoso.com")).link("sql", "internet").analyze();
        assertTrue(dns(report, "notify.contoso.com", "dkim").isEmpty());
        assertEquals(1, dns(report, "notify.contoso.com", "spf").size());
    }

    @Test
    void noDkimRecordsOutsideExchangeOnline() {
        for (Profile profile : List.of(Profile.FOPE, Profile.GOOGLE_WORKSPACE)) {
            assertTrue(dns(cloudOnly().profile(profile).analyze(), "contoso.com", "dkim").isEmpty());
        }
    }

    @Test
    void dmarcStartsInMonitoringModeReportingToTheDomainItself() {
        DnsRecord dmarc = record(cloudOnly().analyze(), "contoso.com", "dmarc");
        assertEquals("_dmarc.contoso.com", dmarc.name());
        assertEquals("TXT", dmarc.type().name());
        assertEquals("v=DMARC1; p=none; rua=mailto:dmarc@contoso.com", dmarc.value());
    }

    @Test
    void appsDomainWithoutMailboxesReportsToTheFirstUsersDomainWithMailboxes() {
        Report report = scenario().internet("internet").cloud("exo").appServer("sql", "131.107.1.19")
                .domain("parked.example").domain("contoso.com", "exo").appsDomain("notify.contoso.com")
                .with("sql", NodeAttribute.SENDS, List.of("notify.contoso.com"))
                .link("internet", "exo").link("exo", "internet").link("sql", "exo").analyze();
        assertEquals("v=DMARC1; p=none; rua=mailto:dmarc@contoso.com",
                record(report, "notify.contoso.com", "dmarc").value());
        assertEquals("v=DMARC1; p=reject", record(report, "parked.example", "dmarc").value());
    }

    @Test
    void internationalizedDomainIsWrittenInPunycodeInNamesAndValues() {
        Report report = scenario().tenant("contoso").internet("internet").cloud("exo")
                .domain("bücher.example", "exo").link("internet", "exo").link("exo", "internet").analyze();
        DnsRecord mx = record(report, "bücher.example", "mx");
        assertEquals("xn--bcher-kva.example", mx.name());
        assertEquals("xn--bcher-kva-example.mail.protection.outlook.com", mx.value());
        assertEquals("selector1-xn--bcher-kva-example._domainkey.contoso.onmicrosoft.com",
                dns(report, "bücher.example", "dkim").get(0).value());
        assertEquals("selector1._domainkey.xn--bcher-kva.example", dns(report, "bücher.example", "dkim").get(0).name());
        DnsRecord dmarc = record(report, "bücher.example", "dmarc");
        assertEquals("_dmarc.xn--bcher-kva.example", dmarc.name());
        assertEquals("v=DMARC1; p=none; rua=mailto:dmarc@xn--bcher-kva.example", dmarc.value());
    }

    @Test
    void domainEnteredInCapitalsIsWrittenInLowercaseInDnsButKeptAsEnteredInTheReport() {
        Report report = cloudOnly().domain("Fabrikam.COM", "exo").analyze();
        DnsRecord mx = record(report, "Fabrikam.COM", "mx");
        assertEquals("fabrikam.com", mx.name());
        assertEquals("fabrikam-com.mail.protection.outlook.com", mx.value());
        assertEquals("_dmarc.fabrikam.com", record(report, "Fabrikam.COM", "dmarc").name());
    }

    @Test
    void internationalizedMxHostnameIsWrittenInPunycode() {
        Report report = scenario().internet("internet").mailServer("exch", "131.107.1.18")
                .with("exch", NodeAttribute.HOSTNAME, "mail.bücher.example").domain("bücher.example", "exch")
                .link("internet", "exch").link("exch", "internet").analyze();
        assertEquals("mail.xn--bcher-kva.example", record(report, "bücher.example", "mx").value());
    }

    @Test
    void recordsAreListedPerDomainInFileOrderAsMxSpfDkimDmarc() {
        Report report = cloudOnly().tenant("contoso").domain("fabrikam.com", "exo").domain("parked.example")
                .analyze();
        List<String> actual = report.dns().stream().map(r -> r.domain() + " " + r.type().name() + " " + r.purpose().id())
                .toList();
        List<String> expected = List.of(
                "contoso.com MX mx", "contoso.com TXT spf", "contoso.com CNAME dkim", "contoso.com CNAME dkim",
                "contoso.com TXT dmarc",
                "fabrikam.com MX mx", "fabrikam.com TXT spf", "fabrikam.com CNAME dkim", "fabrikam.com CNAME dkim",
                "fabrikam.com TXT dmarc",
                "parked.example MX mx", "parked.example TXT spf", "parked.example TXT dmarc");
        assertEquals(expected, actual);
    }
}
