package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.assertFinding;
import static com.mailflow.designer.analysis.Reports.assertNoFinding;
import static com.mailflow.designer.analysis.Reports.findings;
import static com.mailflow.designer.analysis.Reports.only;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.model.NodeAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings about paths that are missing or wrong: MX, unreachable flows, hybrid hops, lone nodes. */
class ReachabilityFindingsTest {

    @Test
    void mailboxThatInternetMailCannotReachIsUnreachable() {
        ScenarioFixture s = scenario().internet("internet").gateway("gw", "131.107.1.17").mailServer("exch")
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").domain("contoso.com", "exch")
                .link("internet", "gw").link("exch", "gw");
        assertFinding(only(s.analyze(), "mailbox.unreachable"), Severity.ERROR, List.of("exch"), "contoso.com",
                "contoso.com");
        assertNoFinding(s.link("gw", "exch").analyze(), "mailbox.unreachable");
    }

    @Test
    void linkScopedToAnotherDomainDoesNotCarryMailToTheMailbox() {
        ScenarioFixture s = scenario().internet("internet").gateway("gw").mailServer("exch")
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").domain("contoso.com", "exch")
                .domain("fabrikam.com", "exch").link("internet", "gw").link("gw", "exch", "fabrikam.com");
        Finding f = only(s.analyze(), "mailbox.unreachable");
        assertFinding(f, Severity.ERROR, List.of("exch"), "contoso.com");
    }

    @Test
    void cloudMailboxesBehindAnotherMxEntryGiveMxNotCloud() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").domain("contoso.com", "exo")
                .link("internet", "gw").link("gw", "exo");
        assertFinding(only(s.analyze(), "mx.not-cloud"), Severity.WARNING, List.of("gw"), "contoso.com");
        assertNoFinding(s.link("internet", "exo").analyze(), "mx.not-cloud");
    }

    @Test
    void mxEntryOtherThanTheCloudNeedsAHostname() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .domain("contoso.com", "exo").link("internet", "gw").link("gw", "exo");
        assertFinding(only(s.analyze(), "mx.no-hostname"), Severity.ERROR, List.of("gw"), "contoso.com");
        assertNoFinding(s.with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").analyze(), "mx.no-hostname");
    }

    @Test
    void cloudAsMxEntryNeedsNoHostname() {
        Report report = scenario().internet("internet").cloud("exo").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").analyze();
        assertNoFinding(report, "mx.no-hostname");
    }

    @Test
    void senderWithOnlyScopedLinksHasNoPathToTheInternet() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").appServer("sql", "131.107.1.19")
                .domain("contoso.com", "exo").link("internet", "exo").link("exo", "internet")
                .link("sql", "exo", "contoso.com");
        assertFinding(only(s.analyze(), "outbound.unreachable"), Severity.WARNING, List.of("sql", "internet"),
                "contoso.com");
        ScenarioFixture unscoped = scenario().internet("internet").cloud("exo").appServer("sql", "131.107.1.19")
                .domain("contoso.com", "exo").link("internet", "exo").link("exo", "internet").link("sql", "exo");
        assertNoFinding(unscoped.analyze(), "outbound.unreachable");
    }

    @Test
    void eachMissingCrossPremisesDirectionIsReportedOnItsOwn() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").mailServer("exch", "131.107.1.18")
                .domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("exo", "exch", "contoso.com");
        assertFinding(only(s.analyze(), "cross-premises.unreachable"), Severity.ERROR, List.of("exch", "exo"),
                "contoso.com");
        assertNoFinding(s.link("exch", "exo").analyze(), "cross-premises.unreachable");
    }

    @Test
    void bothCrossPremisesDirectionsMissingGiveTwoFindings() {
        Report report = scenario().internet("internet").cloud("exo").mailServer("exch", "131.107.1.18")
                .domain("contoso.com", "exo", "exch").link("internet", "exo").link("exo", "internet")
                .link("exch", "internet").analyze();
        List<Finding> found = findings(report, "cross-premises.unreachable");
        assertEquals(2, found.size());
        assertEquals(List.of("exo", "exch"), found.get(0).nodes());
        assertEquals(List.of("exch", "exo"), found.get(1).nodes());
    }

    @Test
    void applicationThatReachesNoMailboxAtAllIsInternalUnreachable() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .appServer("sql", "10.0.0.9").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").link("sql", "gw");
        assertFinding(only(s.analyze(), "internal.unreachable"), Severity.WARNING, List.of("sql"), "contoso.com");
        assertNoFinding(s.link("gw", "exo").analyze(), "internal.unreachable");
    }

    @Test
    void applicationThatReachesMailboxesOnlyThroughTheInternetIsNotInternalUnreachable() {
        Report report = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .appServer("sql", "10.0.0.9").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").chain("sql", "gw", "internet").analyze();
        assertNoFinding(report, "internal.unreachable");
    }

    @Test
    void hybridMailThroughAThirdPartyIsAModifyingHop() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").mailServer("exch", "131.107.1.18")
                .service("sig", "52.1.1.1").domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("exo", "sig", "contoso.com")
                .link("sig", "exch").link("exch", "exo");
        Finding f = only(s.analyze(), "hybrid.modifying-hop");
        assertFinding(f, Severity.ERROR, List.of("exo", "exch", "sig"), "contoso.com");
    }

    @Test
    void directHybridLinkIsNoModifyingHop() {
        Report report = scenario().internet("internet").cloud("exo").mailServer("exch", "131.107.1.18")
                .service("sig", "52.1.1.1").domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("exo", "exch", "contoso.com")
                .link("exo", "sig", "contoso.com").link("sig", "exch").link("exch", "exo").analyze();
        assertNoFinding(report, "hybrid.modifying-hop");
    }

    @Test
    void nodeWithoutLinksIsDisconnected() {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").device("mfp", "131.107.1.30")
                .domain("contoso.com", "exo").link("internet", "exo").link("exo", "internet");
        assertFinding(only(s.analyze(), "node.disconnected"), Severity.WARNING, List.of("mfp"), null, "mfp");
        assertNoFinding(s.link("mfp", "exo").analyze(), "node.disconnected");
    }
}
