package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.inbound;
import static com.mailflow.designer.analysis.Reports.outbound;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connectors under exchange-online (analysis.md section 3, seed 001). */
class ExchangeOnlineConnectorsTest {

    /** The cloud holds the mailboxes and the MX; gw relays into it. */
    private static ScenarioFixture gatewayIntoCloud(String... addresses) {
        return scenario().internet("internet").cloud("exo").gateway("gw", addresses).domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").link("gw", "exo");
    }

    /** Internet mail reaches the cloud through gw (the MX entry). */
    private static ScenarioFixture mxThroughGateway(String... addresses) {
        return scenario().internet("internet").cloud("exo").gateway("gw", addresses)
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").domain("contoso.com", "exo")
                .link("internet", "gw").link("gw", "exo").link("exo", "internet");
    }

    @Test
    void gatewayWithCertificateIsIdentifiedByCertificate() {
        InboundConnector c = inbound(gatewayIntoCloud("131.107.1.17")
                .with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com").analyze(), "gw");
        assertEquals("OnPremises", c.type().id());
        assertEquals("inbound", c.direction().id());
        assertEquals("certificate", c.identifyBy().id());
        assertEquals("mail.contoso.com", c.certificate());
        assertEquals(List.of(), c.senderIpAddresses());
    }

    @Test
    void gatewayWithoutCertificateIsIdentifiedByItsUsableAddressesOnly() {
        InboundConnector c = inbound(gatewayIntoCloud("10.0.0.1", "131.107.1.17", "2001:4860::1", "131.107.0.0/15",
                "131.108.4.0/22").analyze(), "gw");
        assertEquals("ip", c.identifyBy().id());
        assertNull(c.certificate());
        assertEquals(List.of("131.107.1.17", "131.108.4.0/24", "131.108.5.0/24", "131.108.6.0/24", "131.108.7.0/24"),
                c.senderIpAddresses(), "a /22 as its four /24 blocks");
        assertEquals(List.of("10.0.0.1", "2001:4860::1", "131.106.0.0/15"), c.leftOutAddresses());
    }

    @Test
    void nodeImmediatelyBeforeTheCloudOnInboundMailGetsEnhancedFilteringSkippingItsAddresses() {
        InboundConnector c = inbound(mxThroughGateway("131.107.1.17", "2001:4860::1").analyze(), "gw");
        assertTrue(c.enhancedFiltering());
        assertEquals(List.of("131.107.1.17", "2001:4860::1"), c.skipAddresses());
    }

    @Test
    void enhancedFilteringIsSetEvenWhenTheNodeFiltersSpam() {
        InboundConnector c = inbound(mxThroughGateway("131.107.1.17").with("gw", NodeAttribute.FILTERS_SPAM, true)
                .analyze(), "gw");
        assertTrue(c.enhancedFiltering());
    }

    @Test
    void nodeThatCarriesNoInternetMailIntoTheCloudGetsNoEnhancedFiltering() {
        InboundConnector c = inbound(gatewayIntoCloud("131.107.1.17").analyze(), "gw");
        assertFalse(c.enhancedFiltering());
        assertEquals(List.of(), c.skipAddresses());
    }

    @Test
    void thirdPartyFilterIntoTheCloudGetsARestrictedPartnerConnectorRequiringTls() {
        InboundConnector c = inbound(scenario().internet("internet").cloud("exo").filter("flt", "40.92.1.1")
                .with("flt", NodeAttribute.HOSTNAME, "mx.filter.example").domain("contoso.com", "exo")
                .chain("internet", "flt", "exo").analyze(), "flt");
        assertEquals("Partner", c.type().id());
        assertEquals("ip", c.identifyBy().id());
        assertEquals(List.of("40.92.1.1"), c.senderIpAddresses());
        assertTrue(c.restrictToSender());
        assertTrue(c.requireTls());
        assertTrue(c.enhancedFiltering());
        assertEquals(List.of("40.92.1.1"), c.skipAddresses());
    }

    @Test
    void partnerWithCertificateIsIdentifiedByCertificate() {
        InboundConnector c = inbound(gatewayIntoCloud().service("sig", "52.1.1.1")
                .with("sig", NodeAttribute.CERTIFICATE, "smtp.sig.example").link("sig", "exo").analyze(), "sig");
        assertEquals("Partner", c.type().id());
        assertEquals("certificate", c.identifyBy().id());
        assertEquals("smtp.sig.example", c.certificate());
        assertFalse(c.enhancedFiltering());
    }

    @Test
    void outboundConnectorTakesTheLinksDomainsHostnameAndCertificate() {
        OutboundConnector c = outbound(gatewayIntoCloud("131.107.1.17")
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com")
                .with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com")
                .link("exo", "gw", "contoso.com", "fabrikam.com").analyze(), "gw");
        assertEquals("OnPremises", c.type().id());
        assertEquals("outbound", c.direction().id());
        assertEquals(List.of("mail.contoso.com"), c.smartHosts());
        assertEquals(List.of("contoso.com", "fabrikam.com"), c.recipientDomains());
        assertEquals("mail.contoso.com", c.tlsDomain());
        assertFalse(c.routeAllViaOnPremises());
    }

    @Test
    void unscopedOutboundConnectorCarriesStarAndRoutesAllMailViaOnPremises() {
        OutboundConnector c = outbound(gatewayIntoCloud("131.107.1.17").link("exo", "gw").link("gw", "internet")
                .analyze(), "gw");
        assertEquals(List.of("*"), c.recipientDomains());
        assertEquals(List.of("131.107.1.17"), c.smartHosts());
        assertNull(c.tlsDomain());
        assertTrue(c.routeAllViaOnPremises());
    }

    @Test
    void outboundConnectorToAThirdPartyIsAPartnerConnector() {
        OutboundConnector c = outbound(gatewayIntoCloud().service("arch", "52.1.1.1")
                .with("arch", NodeAttribute.HOSTNAME, "in.archive.example").link("exo", "arch", "contoso.com")
                .analyze(), "arch");
        assertEquals("Partner", c.type().id());
        assertEquals(List.of("in.archive.example"), c.smartHosts());
        assertEquals(List.of("contoso.com"), c.recipientDomains());
        assertNull(c.tlsDomain());
    }

    @Test
    void connectorsAreListedInboundBeforeOutboundThenInNodeOrder() {
        Report report = scenario().internet("internet").cloud("exo").gateway("b", "131.107.1.2")
                .gateway("a", "131.107.1.1").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").link("a", "exo").link("exo", "a", "contoso.com")
                .link("b", "exo").link("exo", "b", "contoso.com").analyze();
        assertEquals(List.of("inbound b", "inbound a", "outbound b", "outbound a"),
                report.connectors().stream().map(c -> c.direction().id() + " " + c.nodes().get(0)).toList());
    }

    @Test
    void noConnectorsWithoutACloudServiceOrUnderFope() {
        Report noCloud = scenario().internet("internet").mailServer("exch", "131.107.1.18")
                .domain("contoso.com", "exch").link("internet", "exch").link("exch", "internet").analyze();
        assertEquals(List.of(), noCloud.connectors());
        Report fope = gatewayIntoCloud("131.107.1.17").link("exo", "gw")
                .profile(Profile.FOPE).analyze();
        assertEquals(List.of(), fope.connectors());
    }
}
