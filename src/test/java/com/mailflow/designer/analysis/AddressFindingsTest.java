package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.assertFinding;
import static com.mailflow.designer.analysis.Reports.assertNoFinding;
import static com.mailflow.designer.analysis.Reports.only;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** address.*, reverse-dns.missing and relay.open-risk (analysis.md section 7). */
class AddressFindingsTest {

    /** A gateway relaying into the cloud service, which holds the mailboxes and the MX. */
    private static ScenarioFixture gatewayIntoCloud(String... addresses) {
        return scenario().internet("internet").cloud("exo").gateway("gw", addresses)
                .domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").link("gw", "exo");
    }

    /** An on-premises mail server that receives from and sends to the Internet itself. */
    private static ScenarioFixture directMailServer(String address) {
        return scenario().internet("internet").mailServer("exch", address)
                .domain("contoso.com", "exch")
                .link("internet", "exch").link("exch", "internet");
    }

    @Test
    void privateAddressOfIpIdentifiedGatewayIsNotPublic() {
        Finding f = only(gatewayIntoCloud("10.0.0.5").analyze(), "address.not-public");
        assertFinding(f, Severity.ERROR, List.of("gw"), null, "10.0.0.5");
    }

    @Test
    void privateAddressOfCertificateIdentifiedGatewayThatIsNoEgressIsNotChecked() {
        Report report = gatewayIntoCloud("10.0.0.5").with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com")
                .analyze();
        assertNoFinding(report, "address.not-public");
    }

    @Test
    void privateAddressOfInternetEgressIsNotPublic() {
        Finding f = only(directMailServer("192.168.1.5").analyze(), "address.not-public");
        assertFinding(f, Severity.ERROR, List.of("exch"), null, "192.168.1.5");
        assertNoFinding(directMailServer("131.107.1.18").analyze(), "address.not-public");
    }

    @Test
    void privateAddressOfServerBehindGatewayIsNotChecked() {
        Report report = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .mailServer("exch", "10.1.1.1").domain("contoso.com", "exo")
                .with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com")
                .link("internet", "exo").link("exo", "internet").link("exch", "gw").link("gw", "exo")
                .link("gw", "internet").analyze();
        assertNoFinding(report, "address.not-public");
    }

    @Test
    void documentationAddressesOfAnyNodeAreReportedAsInfo() {
        Report report = gatewayIntoCloud("192.0.2.10").filter("eop", "2001:db8::25").link("eop", "exo").analyze();
        List<Finding> found = Reports.findings(report, "address.documentation");
        assertFinding(found.get(0), Severity.INFO, List.of("gw"), null, "192.0.2.10");
        assertFinding(found.get(1), Severity.INFO, List.of("eop"), null, "2001:db8::25");
        assertEquals(2, found.size());
        assertNoFinding(gatewayIntoCloud("131.107.1.17").analyze(), "address.documentation");
    }

    @Test
    void sharedAddressOnIpIdentifiedConnectorIsAnError() {
        Report report = gatewayIntoCloud("131.107.1.17").with("gw", NodeAttribute.SHARED_ADDRESSES, true).analyze();
        assertFinding(only(report, "address.shared"), Severity.ERROR, List.of("gw"), null);
    }

    @Test
    void sharedAddressIsFineWhenTheGatewayIsIdentifiedByCertificate() {
        Report report = gatewayIntoCloud("131.107.1.17").with("gw", NodeAttribute.SHARED_ADDRESSES, true)
                .with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com").analyze();
        assertNoFinding(report, "address.shared");
    }

    @Test
    void sharedAddressIsOnlyCheckedUnderExchangeOnline() {
        for (Profile profile : List.of(Profile.FOPE, Profile.GOOGLE_WORKSPACE)) {
            Report report = gatewayIntoCloud("131.107.1.17").with("gw", NodeAttribute.SHARED_ADDRESSES, true)
                    .profile(profile).analyze();
            assertNoFinding(report, "address.shared");
        }
    }

    @Test
    void ipv6AddressOnIpIdentifiedConnectorIsUnsupported() {
        Report report = gatewayIntoCloud("131.107.1.17", "2001:4860::1").analyze();
        assertFinding(only(report, "address.ipv6-unsupported"), Severity.WARNING, List.of("gw"), null,
                "2001:4860::1");
    }

    @Test
    void ipv6AddressOfPartnerIdentifiedByIpIsUnsupportedToo() {
        Report report = gatewayIntoCloud().with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com")
                .filter("eop", "2a00:1450::9").link("eop", "exo").analyze();
        assertFinding(only(report, "address.ipv6-unsupported"), Severity.WARNING, List.of("eop"), null,
                "2a00:1450::9");
    }

    @Test
    void ipv6AddressIsFineWithCertificateOrUnderGoogleWorkspace() {
        assertNoFinding(gatewayIntoCloud("131.107.1.17", "2001:4860::1")
                .with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com").analyze(), "address.ipv6-unsupported");
        assertNoFinding(gatewayIntoCloud("131.107.1.17", "2001:4860::1").profile(Profile.GOOGLE_WORKSPACE)
                .analyze(), "address.ipv6-unsupported");
    }

    @Test
    void rangeWiderThan16IsTooBroadUnderExchangeOnlineAndWiderThan24UnderFope() {
        assertFinding(only(gatewayIntoCloud("131.106.0.0/15").analyze(), "address.range-too-broad"), Severity.ERROR,
                List.of("gw"), null, "131.106.0.0/15");
        assertNoFinding(gatewayIntoCloud("131.107.0.0/16").analyze(), "address.range-too-broad");
        assertFinding(only(gatewayIntoCloud("131.107.0.0/23").profile(Profile.FOPE).analyze(),
                "address.range-too-broad"), Severity.ERROR, List.of("gw"), null, "131.107.0.0/23");
    }

    @Test
    void rangeFrom16To23IsSplitInto24BlocksUnderExchangeOnline() {
        Report report = gatewayIntoCloud("131.107.0.0/23").analyze();
        assertFinding(only(report, "address.range-split"), Severity.INFO, List.of("gw"), null, "131.107.0.0/23", "2");
        assertFinding(only(gatewayIntoCloud("131.107.0.0/16").analyze(), "address.range-split"), Severity.INFO,
                List.of("gw"), null, "256");
        assertNoFinding(gatewayIntoCloud("131.107.1.0/24").analyze(), "address.range-split");
        assertNoFinding(gatewayIntoCloud("131.107.0.0/23").profile(Profile.FOPE).analyze(), "address.range-split");
    }

    @Test
    void rangeOf24OrUnderGoogleWorkspaceIsNotTooBroad() {
        assertNoFinding(gatewayIntoCloud("131.107.1.0/24").analyze(), "address.range-too-broad");
        assertNoFinding(gatewayIntoCloud("131.107.0.0/23").profile(Profile.GOOGLE_WORKSPACE).analyze(),
                "address.range-too-broad");
    }

    @Test
    void dynamicAddressOfIpIdentifiedGatewayIsReported() {
        Report report = gatewayIntoCloud("131.107.1.17").with("gw", NodeAttribute.STATIC_IP, false).analyze();
        assertFinding(only(report, "address.dynamic"), Severity.WARNING, List.of("gw"), null);
        assertNoFinding(gatewayIntoCloud("131.107.1.17").with("gw", NodeAttribute.STATIC_IP, true).analyze(),
                "address.dynamic");
    }

    @Test
    void dynamicAddressOfServerBehindGatewayIsNotReported() {
        Report report = gatewayIntoCloud("131.107.1.17").with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com")
                .appServer("sql", "10.0.0.9").with("sql", NodeAttribute.STATIC_IP, false).link("sql", "gw")
                .analyze();
        assertNoFinding(report, "address.dynamic");
    }

    @Test
    void gatewayIntoCloudWithoutAddressOrCertificateIsMissingAnAddress() {
        assertFinding(only(gatewayIntoCloud().analyze(), "address.missing"), Severity.ERROR, List.of("gw"), null);
        assertNoFinding(gatewayIntoCloud().with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com").analyze(),
                "address.missing");
    }

    @Test
    void thirdPartyEgressNeedsSpfIncludeOrAddresses() {
        ScenarioFixture outboundFilter = scenario().internet("internet").cloud("exo").filter("eop")
                .domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "eop").link("eop", "internet");
        assertFinding(only(outboundFilter.analyze(), "address.missing"), Severity.ERROR, List.of("eop"), null);
        assertNoFinding(outboundFilter.with("eop", NodeAttribute.SPF_INCLUDE, "spf.filter.example").analyze(),
                "address.missing");
    }

    @Test
    void internetEgressWithoutConfirmedReverseDnsIsReported() {
        assertFinding(only(directMailServer("131.107.1.18").analyze(), "reverse-dns.missing"), Severity.WARNING,
                List.of("exch"), null);
        assertFinding(only(directMailServer("131.107.1.18").with("exch", NodeAttribute.REVERSE_DNS, false)
                .analyze(), "reverse-dns.missing"), Severity.WARNING, List.of("exch"), null);
        assertNoFinding(directMailServer("131.107.1.18").with("exch", NodeAttribute.REVERSE_DNS, true).analyze(),
                "reverse-dns.missing");
    }

    @Test
    void gatewayReceivingFromAndSendingToInternetIsAnOpenRelayRisk() {
        ScenarioFixture edge = scenario().internet("internet").gateway("gw", "131.107.1.17")
                .mailServer("exch", "10.0.0.2").domain("contoso.com", "exch")
                .link("internet", "gw").link("gw", "exch").link("exch", "gw").link("gw", "internet");
        assertFinding(only(edge.analyze(), "relay.open-risk"), Severity.WARNING, List.of("gw"), null);
        assertNoFinding(edge.with("gw", NodeAttribute.RELAY_RESTRICTED, true).analyze(), "relay.open-risk");
    }
}
