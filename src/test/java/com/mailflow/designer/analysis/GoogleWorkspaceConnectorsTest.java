package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.inbound;
import static com.mailflow.designer.analysis.Reports.outbound;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same facts mapped onto Google Workspace settings (analysis.md section 3, last paragraph). */
class GoogleWorkspaceConnectorsTest {

    private static ScenarioFixture google() {
        return scenario().profile(Profile.GOOGLE_WORKSPACE).internet("internet").cloud("gws")
                .domain("contoso.com", "gws");
    }

    @Test
    void thirdPartyFilterThatIsTheMxEntryIsAnInboundGatewayRejectingOtherSources() {
        InboundConnector c = inbound(google().filter("flt", "40.92.1.1", "2a01:111::1")
                .with("flt", NodeAttribute.HOSTNAME, "mx.filter.example").chain("internet", "flt", "gws")
                .link("gws", "internet").analyze(), "flt");
        assertEquals("InboundGateway", c.type().id());
        assertEquals(List.of("40.92.1.1", "2a01:111::1"), c.senderIpAddresses());
        assertTrue(c.rejectMailNotFromGatewayIps());
    }

    @Test
    void thirdPartyRelayingIntoTheServiceThatIsNotTheMxDoesNotRejectOtherSources() {
        InboundConnector c = inbound(google().service("sig", "52.1.1.1").link("internet", "gws")
                .link("gws", "internet").link("sig", "gws").analyze(), "sig");
        assertEquals("InboundGateway", c.type().id());
        assertFalse(c.rejectMailNotFromGatewayIps());
    }

    @Test
    void orgOwnedNodeWithStaticPublicAddressIsAnSmtpRelayByIp() {
        InboundConnector c = inbound(google().gateway("gw", "10.0.0.1", "131.107.1.17").link("internet", "gws")
                .link("gw", "gws").analyze(), "gw");
        assertEquals("SmtpRelay", c.type().id());
        assertEquals("ip", c.identifyBy().id());
        assertEquals(List.of("131.107.1.17"), c.senderIpAddresses());
    }

    @Test
    void orgOwnedNodeWithoutStaticPublicAddressUsesSmtpAuth() {
        InboundConnector dynamic = inbound(google().device("mfp", "131.107.1.30")
                .with("mfp", NodeAttribute.STATIC_IP, false).link("mfp", "gws").analyze(), "mfp");
        assertEquals("smtp-auth", dynamic.identifyBy().id());
        assertEquals(List.of(), dynamic.senderIpAddresses());
        InboundConnector privateOnly = inbound(google().device("mfp", "192.168.0.30").link("mfp", "gws").analyze(),
                "mfp");
        assertEquals("SmtpRelay", privateOnly.type().id());
        assertEquals("smtp-auth", privateOnly.identifyBy().id());
    }

    @Test
    void eachLinkFromTheServiceIsAnOutboundRoute() {
        Report report = google().gateway("gw", "131.107.1.17").with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com")
                .service("arch", "52.1.1.1").link("internet", "gws").link("gws", "arch", "contoso.com")
                .link("gws", "gw").link("gw", "internet").analyze();
        OutboundConnector toGateway = outbound(report, "gw");
        assertEquals("OutboundRoute", toGateway.type().id());
        assertEquals(List.of("mail.contoso.com"), toGateway.smartHosts());
        assertEquals(List.of("*"), toGateway.recipientDomains());
        assertTrue(toGateway.routeAllViaOnPremises());
        OutboundConnector toArchive = outbound(report, "arch");
        assertEquals("OutboundRoute", toArchive.type().id());
        assertEquals(List.of("contoso.com"), toArchive.recipientDomains());
        assertFalse(toArchive.routeAllViaOnPremises());
    }

    @Test
    void googleConnectorsAreListedInboundBeforeOutboundThenInNodeOrder() {
        Report report = google().gateway("gw", "131.107.1.17").service("arch", "52.1.1.1")
                .link("internet", "gws").link("gws", "arch", "contoso.com").link("gws", "gw").link("gw", "internet")
                .link("arch", "gws").link("gw", "gws").analyze();
        assertEquals(List.of("inbound gw", "inbound arch", "outbound gw", "outbound arch"),
                report.connectors().stream().map(c -> c.direction().id() + " " + c.nodes().get(0)).toList());
    }

    @Test
    void fopeGivesTheListsButNoConnectors() {
        Report report = scenario().profile(Profile.FOPE).internet("internet").cloud("exo")
                .gateway("gw", "131.107.1.17").filter("flt", "40.92.1.1").domain("contoso.com", "exo")
                .chain("internet", "flt", "exo").link("gw", "exo").link("exo", "gw").link("exo", "internet")
                .analyze();
        assertEquals(List.of(), report.connectors());
        assertTrue(Reports.safelistOf(report, "gw").get(0).add());
    }
}
