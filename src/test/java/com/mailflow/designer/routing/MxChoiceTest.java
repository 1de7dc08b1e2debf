package com.mailflow.designer.routing;

import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.Reports;
import com.mailflow.designer.analysis.ScenarioFixture;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MX entry of analysis.md section 4. */
class MxChoiceTest {

    private static MxChoice mx(ScenarioFixture fixture) {
        return Router.route(ScenarioIndex.of(fixture.build())).mxOf("contoso.com").orElseThrow();
    }

    /**
     * Four candidates listed in the opposite order of preference (mail server first), each with a
     * link from the Internet and a link to the cloud mailboxes; the link from the Internet is
     * drawn only for the kinds named.
     */
    private static ScenarioFixture candidates(String... linkedFromInternet) {
        ScenarioFixture s = scenario().internet("internet").mailServer("ms").gateway("gw").filter("flt")
                .cloud("exo").domain("contoso.com", "exo");
        for (String id : linkedFromInternet) {
            s.link("internet", id);
        }
        return s.link("ms", "exo").link("gw", "exo").link("flt", "exo");
    }

    @Test
    void cloudIsPreferredOverThirdPartyFilterOverGatewayOverMailServer() {
        assertEquals("exo", mx(candidates("ms", "gw", "flt", "exo")).entry());
        assertEquals("flt", mx(candidates("ms", "gw", "flt")).entry());
        assertEquals("gw", mx(candidates("ms", "gw")).entry());
        assertEquals("ms", mx(candidates("ms")).entry());
    }

    @Test
    void amongCandidatesOfOneKindTheNodeListedFirstWinsNotTheLinkDrawnFirst() {
        MxChoice choice = mx(scenario().internet("internet").gateway("gw2").gateway("gw1").mailServer("exch")
                .domain("contoso.com", "exch").link("internet", "gw1").link("internet", "gw2")
                .link("gw1", "exch").link("gw2", "exch"));
        assertEquals("gw2", choice.entry());
        assertFalse(choice.forced());
    }

    @Test
    void forcedMxWinsOverThePreferredCandidate() {
        MxChoice choice = mx(candidates("ms", "gw", "flt", "exo").mx("contoso.com", "gw"));
        assertEquals("gw", choice.entry());
        assertTrue(choice.forced());
        assertEquals(List.of(), choice.unreachable());
    }

    @Test
    void forcedMxWithoutALinkFromTheInternetReachesNoMailbox() {
        MxChoice choice = mx(candidates("exo").mx("contoso.com", "gw"));
        assertEquals(List.of("exo"), choice.unreachable());
    }

    @Test
    void candidateReachingMostMailboxesWinsOverTheCloud() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").gateway("gw").mailServer("exch")
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("internet", "gw").link("gw", "exo").link("gw", "exch");
        MxChoice choice = mx(s);
        assertEquals("gw", choice.entry());
        assertEquals(List.of(), choice.unreachable());
    }

    @Test
    void whenNoCandidateReachesAllMailboxesTheOneReachingMostIsUsedAndTheRestAreUnreachable() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").gateway("gw").mailServer("a")
                .mailServer("b").with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com")
                .domain("contoso.com", "exo", "a", "b")
                .link("internet", "exo").link("internet", "gw").link("gw", "a").link("gw", "b");
        MxChoice choice = mx(s);
        assertEquals("gw", choice.entry());
        assertEquals(List.of("exo"), choice.unreachable());
        Finding f = Reports.only(s.analyze(), "mailbox.unreachable");
        assertEquals(List.of("exo"), f.nodes());
    }

    @Test
    void withNoCandidateThereIsNoMxRecordAndEveryMailboxIsUnreachable() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").mailServer("exch")
                .domain("contoso.com", "exo", "exch").domain("fabrikam.com", "exo")
                .link("internet", "exo", "fabrikam.com").link("exo", "exch").link("exch", "exo");
        MxChoice choice = mx(s);
        assertNull(choice.entry());
        assertEquals(List.of("exo", "exch"), choice.unreachable());

        Report report = s.analyze();
        assertTrue(Reports.dns(report, "contoso.com", "mx").isEmpty(), report.dns()::toString);
        assertEquals(1, Reports.dns(report, "fabrikam.com", "mx").size());
        List<Finding> unreachable = Reports.findings(report, "mailbox.unreachable");
        assertEquals(List.of(List.of("exo"), List.of("exch")), unreachable.stream().map(Finding::nodes).toList());
        assertTrue(unreachable.stream().allMatch(f -> f.domain().equals("contoso.com")));
    }
}
