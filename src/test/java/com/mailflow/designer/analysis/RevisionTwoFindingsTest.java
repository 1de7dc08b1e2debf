package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.assertFinding;
import static com.mailflow.designer.analysis.Reports.assertNoFinding;
import static com.mailflow.designer.analysis.Reports.only;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.routing.FlowKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The findings revision 2 adds that ExpertReviewDefectsTest does not already pin down. */
class RevisionTwoFindingsTest {
    /** The most natural first drawing: a link from the cloud to the on-premises server, left at all recipients. */
    private static ScenarioFixture firstDrawing() {
        return scenario().internet("internet").cloud("exo").mailServer("exch", "131.107.1.18")
                .named("exo", "Exchange Online").named("exch", "Exchange 2019")
                .domain("contoso.com", "exo", "exch").link("internet", "exo").link("exo", "internet")
                .link("exo", "exch").link("exch", "exo");
    }

    @Test
    void anUnscopedLinkFromTheCloudToADeadEndIsACentralizedDeadEndNamingTheLinkAndBothFixes() {
        Report report = firstDrawing().analyze();
        assertFinding(only(report, "outbound.centralized-dead-end"), Severity.ERROR, List.of("exo", "exch"), null,
                "'Exchange Online' to 'Exchange 2019'", "limit the link to the domains", "contoso.com",
                "a way to the Internet");
        assertTrue(Reports.findings(report, "outbound.unreachable").stream().noneMatch(f -> f.nodes().contains("exo")),
                "the cloud's own dead end is reported once, as the centralized dead end");
        assertEquals("v=spf1 include:spf.protection.outlook.com -all",
                Reports.record(report, "contoso.com", "spf").value(), "never v=spf1 -all for a domain that sends");
    }

    @Test
    void scopingTheLinkOrGivingTheNodeAWayOutEndsTheDeadEnd() {
        assertNoFinding(scenario().internet("internet").cloud("exo").mailServer("exch", "131.107.1.18")
                .domain("contoso.com", "exo", "exch").link("internet", "exo").link("exo", "internet")
                .link("exo", "exch", "contoso.com").link("exch", "exo").analyze(), "outbound.centralized-dead-end");
        assertNoFinding(firstDrawing().link("exch", "internet").analyze(), "outbound.centralized-dead-end");
    }

    @Test
    void aDomainWhoseSendersReachTheInternetNowhereGetsNoSpfRecordAndAnError() {
        Report report = scenario().internet("internet").mailServer("exch", "131.107.1.18")
                .domain("contoso.com", "exch").link("internet", "exch").analyze();
        assertTrue(Reports.dns(report, "contoso.com", "spf").isEmpty(), "no v=spf1 -all");
        assertFinding(only(report, "spf.no-egress"), Severity.ERROR, List.of("exch"), "contoso.com", "v=spf1 -all");
    }

    @Test
    void aParkedDomainStillGetsItsHardFailRecord() {
        Report report = scenario().internet("internet").cloud("exo").domain("contoso.com", "exo")
                .domain("parked.example").link("internet", "exo").link("exo", "internet").analyze();
        assertEquals("v=spf1 -all", Reports.record(report, "parked.example", "spf").value());
        assertNoFinding(report, "spf.no-egress");
    }

    @Test
    void aDrawingWithoutTheInternetSaysSoOnceInsteadOfAFindingPerFlow() {
        Report report = scenario().cloud("exo").mailServer("exch", "131.107.1.18").domain("contoso.com", "exo", "exch")
                .link("exo", "exch").link("exch", "exo").analyze();
        assertFinding(only(report, "scenario.no-internet"), Severity.WARNING, List.of(), null, "Internet");
        assertNoFinding(report, "outbound.unreachable");
        assertNoFinding(report, "mailbox.unreachable");
        assertTrue(report.flows().stream().allMatch(f -> f.kind() == FlowKind.CROSS_PREMISES),
                "no Internet flow; mail between the two sides still has its paths");
        assertNoFinding(scenario().internet("internet").analyze(), "scenario.no-internet");
        assertFinding(only(scenario().analyze(), "scenario.no-internet"), Severity.WARNING, List.of(), null);
    }

    @Test
    void smtpAuthSubmissionIsDecidedOnceAndReadByTheFinding() {
        Report report = scenario().internet("internet").cloud("exo").device("mfp", "131.107.1.25")
                .with("mfp", NodeAttribute.CAN_AUTHENTICATE, true).domain("contoso.com", "exo")
                .link("mfp", "exo").link("exo", "internet").analyze();
        assertEquals(List.of(new Submission("mfp", Submission.Method.SMTP_AUTH)), report.submissions());
        assertFinding(only(report, "device.submission"), Severity.INFO, List.of("mfp"), null, "smtp-auth",
                "licensed mailbox", "Security Defaults");
    }
}
