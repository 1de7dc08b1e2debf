package com.mailflow.designer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.export.SimulationHandout;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The step-by-step handout: one diagram per hop, the hop drawn over it, the narrative escaped. */
class SimulationHandoutTest {
    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void oneDiagramPerHopWithTheHopDrawnOverIt() {
        Scenario s = Seeds.template("hybrid-mx-onprem");
        Simulation sim = Seeds.simulate(s, "internet", "contoso.com");
        String html = SimulationHandout.html(s, sim);
        assertEquals(sim.hops().size(), count(html, "<svg "));
        assertEquals(sim.hops().size(), count(html, "<g class=\"hop\">"));
        assertTrue(html.contains("stroke=\"#2e7d32\""), "a delivered hop is green");
        assertTrue(html.contains("Delivered."));
    }

    @Test
    void aFailingHopIsRedWithItsNdrAndNamesAreEscaped() {
        Scenario s = Seeds.withNode(Seeds.template("multifunction-device"), "mfp",
                n -> n.with(NodeAttribute.ADDRESSES, List.of("192.168.10.25")).withName("<b>Printer</b>"));
        String html = SimulationHandout.html(s, Seeds.simulate(s, "mfp", "outside"));
        assertTrue(html.contains("stroke=\"#c62828\""));
        assertTrue(html.contains("550 5.7.64 TenantAttribution; Relay Access Denied"));
        assertTrue(!html.contains("<b>Printer</b>") && html.contains("&lt;b&gt;Printer&lt;/b&gt;"));
    }
}
