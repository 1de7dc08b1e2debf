package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The expert review's defects that live in the PowerShell script, each on the template it was found in. */
class ExpertReviewScriptTest {
    private static String script(Scenario scenario) throws Exception {
        return ExportText.render(ExportFormat.POWERSHELL, scenario, new Analyzer().analyze(scenario));
    }

    private static String template(String id) throws Exception {
        return script(TemplateCatalog.load(id).orElseThrow());
    }

    /** Scenario a of the review: a cloud filter in and out with a /19 and a /20. */
    private static Scenario filterWithWideRanges() {
        Scenario base = Scenario.empty("Filter with wide ranges");
        return base.withDomains(List.of(Domain.of("contoso.com", List.of("exo")).withMx("filter")))
                .withNodes(List.of(Node.of("internet", NodeKind.INTERNET, "Internet"),
                        Node.of("exo", NodeKind.CLOUD_SERVICE, "Exchange Online"),
                        Node.of("filter", NodeKind.THIRD_PARTY_FILTER, "Cloud filter")
                                .with(NodeAttribute.ADDRESSES, List.of("198.51.96.0/19", "203.0.112.0/20"))
                                .with(NodeAttribute.HOSTNAME, "mx.filter.example")))
                .withLinks(List.of(Link.of("internet", "filter"), Link.of("filter", "exo"), Link.of("exo", "internet")));
    }

    @Test
    void defect1EveryBlockOfTheFiltersWideRangesIsListedBeforeAnyRestriction() throws Exception {
        String s = script(filterWithWideRanges());
        Matcher m = Pattern.compile("SenderIPAddresses = @\\((.*)\\)").matcher(s);
        assertTrue(m.find(), s);
        assertEquals(48, m.group(1).split(",").length);
        assertTrue(s.contains("EFSkipIPs = @('198.51.96.0/19','203.0.112.0/20')"), "defect 5: ranges of any size");
    }

    @Test
    void defect2TheLockDownRunsOnlyAsItsOwnPhaseAndOnlyOnceTheMxPointsAtTheFilter() throws Exception {
        for (String id : List.of("third-party-filter", "hybrid-third-party-filter")) {
            String s = template(id);
            String lockDown = PowerShellExportTest.function(s, "Invoke-LockDown");
            assertFalse(PowerShellLexer.code(s.replace(lockDown, "")).contains("RestrictDomainsTo"), id);
            int check = lockDown.indexOf("Assert-MailflowMx");
            int restrict = lockDown.indexOf("-RestrictDomainsToIPAddresses $true");
            assertTrue(check >= 0 && restrict > check, lockDown);
            assertTrue(lockDown.contains("Domain = 'contoso.com'; Target = 'inbound.filter.example.net'"), lockDown);
        }
    }

    @Test
    void defect7HybridConnectorsCarryCloudServicesMailEnabled() throws Exception {
        String s = template("hybrid-centralized-transport");
        assertEquals(2, s.split("CloudServicesMailEnabled = \\$true", -1).length - 1, s);
        assertTrue(s.contains("$HybridPairs = $true"));
    }

    @Test
    void defect14EveryConnectorNameFitsTheCmdlets64CharacterLimit() throws Exception {
        Scenario s = filterWithWideRanges();
        s = s.withNodes(s.nodes().stream().map(n -> n.id().equals("filter")
                ? n.withName("A very long name for the organization's third-party cloud filtering service, EU") : n)
                .toList());
        Matcher m = Pattern.compile("Name = '((?:[^']|'')*)'").matcher(script(s));
        int names = 0;
        while (m.find()) {
            assertTrue(m.group(1).replace("''", "'").length() <= 64, m.group(1));
            names++;
        }
        assertEquals(1, names);
    }

    @Test
    void defect17TheScriptTakesInventoryAndStopsOnConflictsUnlessForced() throws Exception {
        String s = template("hybrid-mx-onprem");
        String run = s.substring(s.indexOf("# ==== Run ===="));
        assertTrue(run.indexOf("Invoke-MailflowPreflight") < run.indexOf("switch ($Phase)"), run);
        assertTrue(s.contains("Get-InboundConnector") && s.contains("Get-OutboundConnector"));
        assertTrue(s.contains("ConnectorSource -eq 'HybridWizard'"), "the wizard's connectors are recognized");
        assertFalse(s.contains("if (-not (Get-InboundConnector -Identity"), "no silent keep of a same-named connector");
    }

    @Test
    void defect18TheDeviceSubmittingWithSmtpAuthGetsItsMailboxAllowed() throws Exception {
        String s = template("multifunction-device");
        assertTrue(s.contains("[string[]]$SmtpAuthMailboxes = @()"), s);
        assertTrue(s.contains("Set-CASMailbox -Identity $mailbox -SmtpClientAuthenticationDisabled $false"));
    }

    @Test
    void defect19DkimKeysAre2048Bits() throws Exception {
        String prepare = PowerShellExportTest.function(template("cloud-only"), "Invoke-Prepare");
        assertTrue(prepare.contains("New-DkimSigningConfig -DomainName $domain -KeySize 2048 -Enabled $false"));
    }
}
