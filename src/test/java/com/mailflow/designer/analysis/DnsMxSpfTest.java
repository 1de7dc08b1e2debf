package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.record;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.SpfAll;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MX and SPF records (analysis.md sections 4 and 5). */
class DnsMxSpfTest {

    private static ScenarioFixture cloudOnly(Profile profile) {
        return scenario().profile(profile).internet("internet").cloud("exo").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet");
    }

    @Test
    void exchangeOnlineMxPointsToTheProtectionHostWithPriorityZeroToVerify() {
        DnsRecord mx = record(cloudOnly(Profile.EXCHANGE_ONLINE).analyze(), "contoso.com", "mx");
        assertEquals("contoso.com", mx.name());
        assertEquals("MX", mx.type().name());
        assertEquals("contoso-com.mail.protection.outlook.com", mx.value());
        assertEquals(0, mx.priority());
        assertEquals(3600, mx.ttl());
        assertTrue(mx.verify());
    }

    @Test
    void fopeHasItsOwnMxHostAndSpfInclude() {
        Report report = cloudOnly(Profile.FOPE).analyze();
        DnsRecord mx = record(report, "contoso.com", "mx");
        assertEquals("mail.messaging.microsoft.com", mx.value());
        assertEquals(10, mx.priority());
        assertFalse(mx.verify());
        assertEquals("v=spf1 include:spf.messaging.microsoft.com -all", record(report, "contoso.com", "spf").value());
    }

    @Test
    void googleWorkspaceMxIsSmtpGoogleComWithPriorityOne() {
        DnsRecord mx = record(cloudOnly(Profile.GOOGLE_WORKSPACE).analyze(), "contoso.com", "mx");
        assertEquals("smtp.google.com", mx.value());
        assertEquals(1, mx.priority());
        assertEquals(3600, mx.ttl());
    }

    @Test
    void otherMxEntryIsItsHostnameWithPriorityTen() {
        Report report = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").domain("contoso.com", "exo")
                .chain("internet", "gw", "exo").link("exo", "internet").analyze();
        DnsRecord mx = record(report, "contoso.com", "mx");
        assertEquals("mail.contoso.com", mx.value());
        assertEquals(10, mx.priority());
        assertFalse(mx.verify());
    }

    @Test
    void mxEntryWithoutHostnameGetsNoMxRecord() {
        Report report = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .domain("contoso.com", "exo").chain("internet", "gw", "exo").analyze();
        assertTrue(Reports.dns(report, "contoso.com", "mx").isEmpty());
    }

    @Test
    void parkedDomainGetsNullMxHardFailSpfAndRejectingDmarc() {
        Report report = cloudOnly(Profile.EXCHANGE_ONLINE).domain("parked.example").spfAll(SpfAll.SOFTFAIL)
                .tenant("contoso").analyze();
        DnsRecord mx = record(report, "parked.example", "mx");
        assertEquals(".", mx.value());
        assertEquals(0, mx.priority());
        DnsRecord spf = record(report, "parked.example", "spf");
        assertEquals("v=spf1 -all", spf.value());
        assertEquals(0, spf.lookups());
        assertEquals("v=DMARC1; p=reject", record(report, "parked.example", "dmarc").value());
        assertTrue(Reports.dns(report, "parked.example", "dkim").isEmpty());
    }

    @Test
    void domainThatOnlySendsGetsSpfAndDmarcButNoMx() {
        Report report = cloudOnly(Profile.EXCHANGE_ONLINE).appsDomain("notify.contoso.com")
                .appServer("sql", "131.107.1.19").with("sql", NodeAttribute.SENDS, List.of("notify.contoso.com"))
                .link("sql", "internet").analyze();
        assertTrue(Reports.dns(report, "notify.contoso.com", "mx").isEmpty());
        assertEquals("v=spf1 ip4:131.107.1.19 -all", record(report, "notify.contoso.com", "spf").value(),
                "the app's mail never passes the cloud service, so no include");
        assertEquals(1, Reports.dns(report, "notify.contoso.com", "dmarc").size());
    }

    @Test
    void spfListsIp4ThenIp6ThenIncludesInOrderOfFirstAppearanceWithoutDuplicates() {
        Report report = scenario().spfAll(SpfAll.SOFTFAIL).internet("internet").cloud("exo")
                .mailServer("exch", "10.0.0.2", "2001:4860::18", "131.107.1.18")
                .gateway("gw", "131.107.1.17", "131.107.2.9/24").appServer("sql").appServer("crm")
                .service("bulk").with("bulk", NodeAttribute.SPF_INCLUDE, "spf.bulk.example")
                .appServer("news").gateway("gw2", "131.107.1.17", "131.107.1.40").domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("exo", "exch", "contoso.com")
                .link("exch", "internet").chain("sql", "gw", "internet").chain("crm", "gw2", "internet")
                .chain("news", "bulk", "internet").analyze();
        assertEquals("v=spf1 ip4:131.107.1.18 ip4:131.107.1.17 ip4:131.107.2.0/24 ip4:131.107.1.40"
                + " ip6:2001:4860::18"
                + " include:spf.protection.outlook.com include:spf.bulk.example ~all",
                record(report, "contoso.com", "spf").value());
        assertEquals(2, record(report, "contoso.com", "spf").lookups());
    }

    @Test
    void spfEndsInHardFailByDefault() {
        assertEquals("v=spf1 include:spf.protection.outlook.com -all",
                record(cloudOnly(Profile.EXCHANGE_ONLINE).analyze(), "contoso.com", "spf").value());
    }

    @Test
    void thirdPartyEgressWithoutIncludeContributesItsAddresses() {
        Report report = cloudOnly(Profile.EXCHANGE_ONLINE).service("bulk", "52.1.1.1").appServer("news")
                .chain("news", "bulk", "internet").analyze();
        assertEquals("v=spf1 ip4:52.1.1.1 include:spf.protection.outlook.com -all",
                record(report, "contoso.com", "spf").value());
    }

    @Test
    void googleIncludeCostsFourLookups() {
        DnsRecord spf = record(cloudOnly(Profile.GOOGLE_WORKSPACE).analyze(), "contoso.com", "spf");
        assertEquals("v=spf1 include:_spf.google.com -all", spf.value());
        assertEquals(4, spf.lookups());
    }

    @Test
    void spfLookupsOverrideTheDefaultCost() {
        assertEquals(1, record(cloudOnly(Profile.EXCHANGE_ONLINE).analyze(), "contoso.com", "spf").lookups());
        DnsRecord spf = record(cloudOnly(Profile.EXCHANGE_ONLINE).with("exo", NodeAttribute.SPF_LOOKUPS, 3)
                .analyze(), "contoso.com", "spf");
        assertEquals(3, spf.lookups());
        DnsRecord custom = record(cloudOnly(Profile.EXCHANGE_ONLINE)
                .with("exo", NodeAttribute.SPF_INCLUDE, "spf.custom.example").analyze(), "contoso.com", "spf");
        assertEquals("v=spf1 include:spf.custom.example -all", custom.value());
    }

    @Test
    void theCloudServiceHostingMailboxesIsInSpfEvenWithoutItsOwnLinkToTheInternet() {
        Report report = scenario().internet("internet").cloud("exo").domain("contoso.com", "exo")
                .link("internet", "exo").analyze();
        assertEquals(1, Reports.dns(report, "contoso.com", "mx").size());
        DnsRecord spf = record(report, "contoso.com", "spf");
        assertEquals("v=spf1 include:spf.protection.outlook.com -all", spf.value());
        assertEquals(1, spf.lookups());
        assertNull(spf.priority());
    }
}
