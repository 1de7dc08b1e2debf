package com.mailflow.designer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each failure a real message meets, reproduced on a broken variant of a seed's scenario: the
 * intact template delivers, the variant fails at the hop where Exchange Online (or the receiver)
 * would answer with that code.
 */
class NdrCasesTest {
    private static void failsAt(Simulation s, String from, String to, Ndr ndr) {
        assertFalse(s.delivered(), () -> "delivered: " + s);
        Hop last = s.hops().get(s.hops().size() - 1);
        assertEquals(from + "->" + to, last.from() + "->" + last.to());
        assertEquals(ndr, s.failure().orElseThrow().ndr());
    }

    @Test
    void aPrinterBehindNatIsNotRecognizedAndGetsTenantAttribution() {
        Scenario intact = Seeds.template("multifunction-device");
        assertTrue(Seeds.simulate(intact, "mfp", "outside").delivered());
        Scenario broken = Seeds.withNode(intact, "mfp", n -> n.with(NodeAttribute.ADDRESSES, List.of("192.168.10.25")));
        failsAt(Seeds.simulate(broken, "mfp", "outside"), "mfp", "exo", Ndr.TENANT_ATTRIBUTION);
    }

    @Test
    void aPrinterSendingAsADomainTheTenantLacksCannotRelay() {
        Scenario broken = Seeds.withNode(Seeds.template("multifunction-device"), "mfp",
                n -> n.with(NodeAttribute.SENDS, List.of("scans.example.org", "notify.contoso.com")));
        failsAt(Seeds.simulate(broken, "mfp", "outside"), "mfp", "exo", Ndr.UNABLE_TO_RELAY);
    }

    @Test
    void anApplicationSigningInMaySendOnlyAsTheTenantsDomains() {
        Scenario intact = Seeds.template("multifunction-device");
        assertTrue(Seeds.simulate(intact, "app", "outside").delivered());
        Scenario broken = Seeds.withNode(intact, "app",
                n -> n.with(NodeAttribute.SENDS, List.of("orders.example.org", "notify.contoso.com")));
        failsAt(Seeds.simulate(broken, "app", "outside"), "app", "exo", Ndr.SEND_AS_DENIED);
    }

    @Test
    void aGatewayTheServiceCannotIdentifyIsThrottledWithAccessDenied() {
        Scenario intact = Seeds.template("relay-after-onprem-filtering");
        assertTrue(Seeds.simulate(intact, "internet", "contoso.com").delivered());
        Scenario broken = Seeds.withNode(intact, "gw", n -> n.with(NodeAttribute.CERTIFICATE, null)
                .with(NodeAttribute.ADDRESSES, List.of("10.0.0.17")));
        failsAt(Seeds.simulate(broken, "internet", "contoso.com"), "gw", "exo", Ndr.ACCESS_DENIED);
    }

    @Test
    void aGatewayBehindNatFailsSpfAtTheReceiver() {
        Scenario intact = Seeds.template("dedicated-app-gateway");
        String app = intact.nodes().stream().filter(n -> n.kind().isApplicationSender()).findFirst().orElseThrow().id();
        assertTrue(Seeds.simulate(intact, app, "outside").delivered(), () -> Seeds.simulate(intact, app, "outside").toString());
        Simulation ok = Seeds.simulate(intact, app, "outside");
        String egress = ok.flow().path().get(ok.flow().path().size() - 2);
        Scenario broken = Seeds.withNode(intact, egress, n -> n.with(NodeAttribute.ADDRESSES, List.of("172.16.5.17")));
        failsAt(Seeds.simulate(broken, app, "outside"), egress, "internet", Ndr.SPF_VIOLATION);
    }

    @Test
    void aSenderWithNoWayOutWaitsUntilTheMessageExpires() {
        Scenario broken = Seeds.withoutLinks(Seeds.template("multifunction-device"), l -> l.from().equals("mfp"));
        Simulation s = Seeds.simulate(broken, "mfp", "outside");
        assertEquals(Ndr.EXPIRED, s.failure().orElseThrow().ndr());
    }

    @Test
    void aNodeFailedInTrainingStopsTheMessageAtTheHopIntoIt() {
        Scenario s = Seeds.template("hybrid-mx-onprem");
        Simulation down = Simulator.simulate(s, new com.mailflow.designer.analysis.Analyzer().analyze(s), "internet",
                "contoso.com", java.util.Set.of("edge"));
        failsAt(down, "internet", "edge", Ndr.EXPIRED);
        assertTrue(down.failure().orElseThrow().text().contains("is down"));
    }

    @Test
    void aLinkFailedInTrainingStopsTheMessageOnThatHop() {
        Scenario s = Seeds.template("multifunction-device");
        Simulation down = Simulator.simulate(s, new com.mailflow.designer.analysis.Analyzer().analyze(s), "mfp",
                "outside", java.util.Set.of(), java.util.Set.of(new com.mailflow.designer.routing.LinkEnds("exo", "internet")));
        failsAt(down, "exo", "internet", Ndr.EXPIRED);
    }

    @Test
    void badInputNamesTheProblem() {
        Scenario s = Seeds.template("cloud-only");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Seeds.simulate(s, "nope", "outside"));
        assertTrue(e.getMessage().contains("no node 'nope'"));
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Seeds.simulate(s, "exo", "fabrikam.example"));
        assertTrue(e.getMessage().contains("neither 'outside' nor a domain"));
    }
}
