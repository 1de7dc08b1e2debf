package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.assertFinding;
import static com.mailflow.designer.analysis.Reports.assertNoFinding;
import static com.mailflow.designer.analysis.Reports.only;
import static com.mailflow.designer.analysis.Reports.record;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The defects of the expert review of the first revision (shared/research/expert-review.md),
 * each reproduced on the reviewer's scenario or the template it was found in. The script-side
 * defects are in export.ExpertReviewScriptTest.
 */
class ExpertReviewDefectsTest {
    static Report template(String id) throws Exception {
        com.mailflow.designer.model.Scenario s = TemplateCatalog.load(id).orElseThrow();
        return new Analyzer().analyze(s.inStage(s.lastStageId()));
    }

    /** Scenario a: a cloud filter in and out with a /19 and a /20, and a marketing subdomain. */
    static ScenarioFixture filterWithWideRanges() {
        return scenario().tenant("contoso").internet("internet").cloud("exo")
                .filter("filter", "198.51.96.0/19", "203.0.112.0/20")
                .with("filter", NodeAttribute.HOSTNAME, "mx.filter.example")
                .domain("contoso.com", "exo").mx("contoso.com", "filter")
                .chain("internet", "filter", "exo").link("exo", "internet");
    }

    @Test
    void defect1WideFilterRangesAreSplitNotDroppedAndTheConnectorStaysRestricted() {
        InboundConnector c = (InboundConnector) filterWithWideRanges().analyze().connectors().get(0);
        assertEquals(32 + 16, c.senderIpAddresses().size());
        assertEquals("198.51.96.0/24", c.senderIpAddresses().get(0));
        assertEquals("203.0.127.0/24", c.senderIpAddresses().get(47));
        assertTrue(c.leftOutAddresses().isEmpty());
        assertTrue(c.restrictToSender(), "every address listed: safe to restrict in the lock-down");
    }

    @Test
    void defect1AFilterAddressTheConnectorCantListLiftsTheRestrictionWithAnError() {
        Report report = filterWithWideRanges().with("filter", NodeAttribute.ADDRESSES,
                List.of("198.51.96.0/19", "2001:db8:5::/48")).analyze();
        InboundConnector c = (InboundConnector) report.connectors().get(0);
        assertFalse(c.restrictToSender());
        assertEquals(List.of("2001:db8:5::/48"), c.leftOutAddresses());
        assertFinding(only(report, "connector.partial-identity"), Severity.ERROR, List.of("filter"), null,
                "2001:db8:5::/48", "not applied");
    }

    @Test
    void defect3AGatewayThatCarriesInternetMailIsNeverOnTheIpAllowList() throws Exception {
        for (String id : List.of("relay-after-onprem-filtering", "hybrid-mx-onprem", "hybrid-mx-onprem-relay-via-cloud")) {
            for (SafelistEntry e : template(id).safelist()) {
                assertFalse(e.allowList(), id + " " + e);
            }
        }
        Report unfiltered = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com").domain("contoso.com", "exo")
                .chain("internet", "gw", "exo").link("exo", "internet").analyze();
        SafelistEntry row = unfiltered.safelist().get(0);
        assertEquals(SafelistList.GATEWAY_SERVERS, row.list());
        assertEquals(RealizedBy.CONNECTOR_CERTIFICATE, row.realizedBy());
        assertFalse(row.allowList());
    }

    @Test
    void defects4And5EnhancedFilteringSkipsEveryPublicHopRangesAndIpv6Included() {
        Report report = scenario().internet("internet").cloud("exo")
                .filter("filter", "198.51.96.0/19").gateway("edge", "131.107.1.10", "2001:db8:7::10", "10.0.0.10")
                .with("edge", NodeAttribute.CERTIFICATE, "mail.contoso.com").mailServer("exch", "10.0.0.20")
                .domain("contoso.com", "exo", "exch").mx("contoso.com", "filter")
                .chain("internet", "filter", "edge", "exo").link("exo", "internet").link("exo", "edge", "contoso.com")
                .link("edge", "exch").link("exch", "edge").analyze();
        InboundConnector edge = (InboundConnector) report.connectors().stream()
                .filter(c -> c.nodes().equals(List.of("edge")) && c instanceof InboundConnector).findFirst()
                .orElseThrow();
        assertTrue(edge.enhancedFiltering());
        assertEquals(List.of("198.51.96.0/19", "131.107.1.10", "2001:db8:7::10"), edge.skipAddresses());
    }

    @Test
    void defect6AnAllowListedAddressIsNeverAlsoOnAnIpConnector() throws Exception {
        for (String id : TemplateCatalog.ids()) {
            for (SafelistEntry e : template(id).safelist()) {
                if (e.allowList()) {
                    assertEquals(RealizedBy.IP_ALLOW_LIST, e.realizedBy(), id);
                    InboundConnector c = (InboundConnector) template(id).connectors().stream()
                            .filter(x -> x instanceof InboundConnector && x.nodes().contains(e.node())).findFirst()
                            .orElseThrow();
                    assertEquals(IdentifyBy.CERTIFICATE, c.identifyBy(), id);
                }
            }
        }
        SafelistEntry printer = Reports.safelistOf(template("multifunction-device"), "mfp").get(0);
        assertEquals(RealizedBy.CONNECTOR_IP, printer.realizedBy());
        assertFalse(printer.allowList());
    }

    @Test
    void defect7HybridConnectorPairsAreMarkedAndTheWizardIsRecommended() throws Exception {
        for (String id : List.of("hybrid-centralized-transport", "hybrid-cloud-filtering", "hybrid-mx-onprem",
                "shared-address-space")) {
            Report report = template(id);
            assertTrue(report.connectors().stream().filter(c -> c.type() == ConnectorType.ON_PREMISES)
                    .allMatch(Connector::hybrid), id);
            assertEquals(1, Reports.findings(report, "hybrid.use-hcw").size(), id);
        }
        assertTrue(template("eop-standalone").connectors().stream().noneMatch(Connector::hybrid),
                "no cloud mailboxes: not hybrid");
    }

    @Test
    void defects8And9HybridSpfListsTheOnPremisesServersAndTheCloudInclude() throws Exception {
        for (String id : List.of("hybrid-centralized-transport", "hybrid-cloud-filtering",
                "hybrid-mx-onprem-relay-via-cloud", "hybrid-mx-onprem")) {
            assertEquals("v=spf1 ip4:203.0.113.10 include:spf.protection.outlook.com -all",
                    record(template(id), "contoso.com", "spf").value(), id);
        }
    }

    @Test
    void defect10ADeviceRelayingThroughTheServiceIsInItsDomainsSpf() throws Exception {
        String spf = record(template("multifunction-device"), "notify.contoso.com", "spf").value();
        assertTrue(spf.contains("ip4:203.0.113.25") && spf.contains("include:spf.protection.outlook.com"), spf);
    }

    @Test
    void defect11ADomainThatOnlySendsHasNoReplyPathAndNoNullMx() throws Exception {
        Report report = template("dedicated-app-gateway");
        assertFinding(only(report, "domain.no-reply-path"), Severity.WARNING, List.of(), "notify.contoso.com",
                "replies and bounces");
        assertTrue(Reports.dns(report, "notify.contoso.com", "mx").isEmpty());
    }

    @Test
    void defect12FopeHasItsOwnMxAndSpf() {
        Report report = scenario().profile(Profile.FOPE).internet("internet").cloud("exo").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").analyze();
        assertEquals("mail.messaging.microsoft.com", record(report, "contoso.com", "mx").value());
        assertEquals("v=spf1 include:spf.messaging.microsoft.com -all", record(report, "contoso.com", "spf").value());
    }

    @Test
    void defect13OnlyExchangeOnlineIsToldAboutEnhancedFiltering() {
        for (Profile p : Profile.values()) {
            Report report = scenario().profile(p).internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                    .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").domain("contoso.com", "exo")
                    .chain("internet", "gw", "exo").link("exo", "internet").analyze();
            String message = only(report, "mx.not-cloud").message();
            assertEquals(p == Profile.EXCHANGE_ONLINE, message.contains("Enhanced Filtering"), p + ": " + message);
        }
    }

    @Test
    void defect14ConnectorNamesFit64CharactersAndNeverRepeat() {
        String longName = "Contoso's \"primary\" outbound relay for the Zürich and Genève offices, building B";
        Report report = scenario().internet("internet").cloud("exo")
                .gateway("a", "131.107.1.1").named("a", longName).gateway("b", "131.107.1.2").named("b", longName)
                .domain("contoso.com", "exo").link("a", "exo").link("b", "exo").link("exo", "a", "contoso.com")
                .link("exo", "b", "contoso.com").analyze();
        Set<String> seen = new HashSet<>();
        for (Connector c : report.connectors()) {
            assertTrue(c.name().length() <= 64, c.name());
            assertTrue(seen.add(c.name().toLowerCase()), "repeated " + c.name());
        }
        assertTrue(report.connectors().get(0).name().endsWith("..."), report.connectors().get(0).name());
        assertTrue(report.connectors().get(1).name().endsWith("... (2)"), report.connectors().get(1).name());
    }

    @Test
    void defect15TheServiceSendsToTheFiltersOutboundHost() {
        Report report = filterWithWideRanges().with("filter", NodeAttribute.OUTBOUND_HOST, "out.filter.example")
                .link("exo", "filter").link("filter", "internet").analyze();
        OutboundConnector c = (OutboundConnector) report.connectors().stream()
                .filter(OutboundConnector.class::isInstance).findFirst().orElseThrow();
        assertEquals(List.of("out.filter.example"), c.smartHosts());
    }

    @Test
    void defect16AnOnPremisesMxLeavesDirectDeliveryOpenUntilTheLockDown() throws Exception {
        for (String id : List.of("hybrid-mx-onprem", "hybrid-mx-onprem-relay-via-cloud",
                "relay-after-onprem-filtering")) {
            assertEquals(1, Reports.findings(template(id), "mx.direct-delivery-open").size(), id);
        }
        assertNoFinding(template("third-party-filter"), "mx.direct-delivery-open");
        assertNoFinding(template("cloud-only"), "mx.direct-delivery-open");
    }

    @Test
    void defect19ADomainTheCloudNeverSignsGetsNoCnamesAndAdviceToSignAtItsEgress() throws Exception {
        Report report = template("dedicated-app-gateway");
        assertTrue(Reports.dns(report, "notify.contoso.com", "dkim").isEmpty());
        assertFinding(only(report, "dkim.not-signed"), Severity.INFO, List.of("appgw"), "notify.contoso.com",
                "Sign it at");
    }
}
