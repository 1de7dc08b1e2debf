package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.Submission;
import com.mailflow.designer.model.Profile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowerShellExportTest {
    static String script(Report report) throws IOException {
        return ExportText.render(ExportFormat.POWERSHELL, ExportFixtures.scenario(), report).substring(1);
    }

    /** The body of a function of the script, up to its closing brace at the start of a line. */
    static String function(String script, String name) {
        int start = script.indexOf("function " + name + (name.startsWith("Invoke-") ? " {" : "("));
        assertTrue(start >= 0, name);
        return script.substring(start, script.indexOf("\n}\n", start) + 2);
    }

    /** What runs when the script is started: everything after the last function. */
    private static String main(String script) {
        return script.substring(script.indexOf("# ==== Run ===="));
    }

    @Test
    void withoutAPhaseItListsThePhasesAndReturnsBeforeThePreflightOrAnyChange() throws IOException {
        String run = main(script(ExportFixtures.report()));
        int list = run.indexOf("if (-not $Phase) {");
        int ret = run.indexOf("    return\n}");
        assertTrue(list >= 0 && ret > list, run);
        assertTrue(run.indexOf("Invoke-MailflowPreflight") > ret, run);
        assertTrue(run.indexOf("'Prepare' { Invoke-Prepare }") > run.indexOf("Invoke-MailflowPreflight"), run);
        // plan.md section 3: the phases of the plan that have steps, in order, Prepare and LockDown always.
        assertTrue(script(ExportFixtures.report()).contains(
                "[ValidateSet('Prepare', 'Verify', 'Cutover', 'Wait', 'LockDown', 'Tighten')]"));
        for (String phase : List.of("Verify", "Cutover", "Wait", "LockDown", "Tighten")) {
            assertTrue(run.indexOf("'" + phase + "' { Invoke-" + phase + " }") > run.indexOf("Invoke-MailflowPreflight"),
                    phase);
        }
    }

    @Test
    void restrictionsAppearOnlyInTheLockDownPhase() throws IOException {
        String s = script(ExportFixtures.report());
        String lockDown = function(s, "Invoke-LockDown");
        String outside = s.replace(lockDown, "");
        assertFalse(PowerShellLexer.code(outside).contains("RestrictDomainsTo"), outside);
        assertTrue(lockDown.contains("Set-InboundConnector -Identity 'From Gateway (restricted)'"
                + " -RestrictDomainsToCertificate $true"), lockDown);
    }

    @Test
    void aPartnerConnectorWithAnAddressLeftOutIsNeverRestricted() throws IOException {
        String lockDown = function(script(ExportFixtures.report()), "Invoke-LockDown");
        assertFalse(lockDown.contains("From Partner filter"), lockDown);
    }

    @Test
    void prepareCreatesOutboundConnectorsDisabledAndInboundOnesWithEnhancedFiltering() throws IOException {
        String s = script(ExportFixtures.report());
        String outbound = s.substring(s.indexOf("$Outbound = @("), s.indexOf("$HybridPairs"));
        assertTrue(outbound.contains("        Enabled = $false\n"), outbound);
        String inbound = s.substring(s.indexOf("$Inbound = @("), s.indexOf("$Outbound = @("));
        assertTrue(inbound.contains("EFSkipIPs = @('131.107.1.17')"), inbound);
        assertTrue(inbound.contains("EFSkipLastIP = $true"), inbound);
        assertTrue(inbound.contains("SenderIPAddresses = @('203.0.113.0/24')"), inbound);
        String prepare = function(s, "Invoke-Prepare");
        assertTrue(prepare.indexOf("$Inbound") < prepare.indexOf("$Outbound"), "outbound connectors last");
    }

    @Test
    void theAllowListHoldsExactlyTheRowsMarkedForIt() throws IOException {
        String s = script(ExportFixtures.report());
        assertTrue(s.contains("\n$AllowList = @('131.107.1.17')\n"), s);
    }

    @Test
    void dkimKeysAre2048BitsAndSigningIsEnabledOnlyInTheCutoverAfterTheSelectorsArePublished() throws IOException {
        String s = script(ExportFixtures.report());
        assertTrue(function(s, "Invoke-Prepare").contains("-KeySize 2048 -Enabled $false"), s);
        String enable = "Set-DkimSigningConfig -Identity '' -Enabled $true";
        assertFalse(PowerShellLexer.code(s.replace(function(s, "Invoke-Cutover"), "")).contains(enable), s);
        assertTrue(function(s, "Invoke-Cutover").contains("Set-DkimSigningConfig -Identity 'contoso.com' -Enabled $true"));
        assertTrue(PowerShellLexer.code(function(s, "Invoke-Cutover")).contains(enable), s);
        assertTrue(function(s, "Invoke-Prepare").contains("By hand (DNS): Publish the DKIM selector"), s);
    }

    @Test
    void thePhasesBetweenPrepareAndLockDownRunInTheSafeOrder() throws IOException {
        // plan.md: outbound connectors are on (and validated) before the MX moves; the wait precedes the lock-down.
        String s = script(ExportFixtures.report());
        int prepare = s.indexOf("function Invoke-Prepare");
        int verify = s.indexOf("Validate the outbound connector To Gateway", s.indexOf("function Invoke-Verify"));
        int enable = s.indexOf("\n    Set-OutboundConnector -Identity 'To Gateway' -Enabled $true");
        int mx = s.indexOf("DNS: add contoso.com MX 0 contoso-com.mail.protection.outlook.com");
        int wait = s.indexOf("function Invoke-Wait");
        int lockDown = s.indexOf("function Invoke-LockDown");
        assertTrue(prepare < verify && verify < enable && enable < mx && mx < wait && wait < lockDown, s);
        assertTrue(function(s, "Invoke-Cutover").contains("Set-OutboundConnector -Identity 'To Gateway' -Enabled $true"));
    }

    @Test
    void thePreflightComparesEveryConnectorAndStopsUnlessForced() throws IOException {
        String s = script(ExportFixtures.report());
        String preflight = function(s, "Invoke-MailflowPreflight");
        assertTrue(preflight.contains("if (-not $Force) {"), preflight);
        assertTrue(preflight.contains("throw ("), preflight);
        String conflicts = function(s, "Find-MailflowConflicts");
        for (String check : List.of("TlsSenderCertificateName", "SenderIPAddresses", "RecipientDomains",
                "SmartHosts", "Get-MailflowDifferences")) {
            assertTrue(conflicts.contains(check), check);
        }
        assertTrue(s.contains("[switch]$Force"));
    }

    @Test
    void smtpAuthSendersGetAMailboxParameterAndTheCommandToAllowIt() throws IOException {
        Report base = ExportFixtures.report();
        Report withDevice = new Report(base.scenario(), base.profile(), base.flows(), base.safelist(),
                base.connectors(), base.dns(), base.findings(), List.of(new Submission("sql", Submission.Method.SMTP_AUTH)));
        String s = script(withDevice);
        assertTrue(s.contains("[string[]]$SmtpAuthMailboxes = @()"), s);
        String prepare = function(s, "Invoke-Prepare");
        assertTrue(prepare.contains("Set-CASMailbox -Identity $mailbox -SmtpClientAuthenticationDisabled $false"));
        assertTrue(prepare.contains("Security Defaults"), prepare);
        assertTrue(prepare.contains("licensed mailbox"), prepare);
        assertFalse(script(base).contains("SmtpAuthMailboxes"), "no parameter nobody needs");
    }

    @Test
    void theScriptsBracketsBalanceOnceStringsAndCommentsAreRemoved() throws IOException {
        for (Report r : List.of(ExportFixtures.report(), ExportFixtures.hostileReport())) {
            String code = PowerShellLexer.code(script(r));
            for (String pair : List.of("{}", "()", "[]")) {
                int depth = 0;
                for (char c : code.toCharArray()) {
                    depth += c == pair.charAt(0) ? 1 : c == pair.charAt(1) ? -1 : 0;
                    assertTrue(depth >= 0, pair + " closes before it opens");
                }
                assertEquals(0, depth, pair);
            }
            assertFalse(code.contains("\""), "no double-quoted string: user text must never be interpolated");
        }
    }

    @Test
    void hostileNamesAndCertificatesStayInsideTheirStrings() throws IOException {
        String s = ExportText.render(ExportFormat.POWERSHELL, ExportFixtures.hostileScenario(),
                ExportFixtures.hostileReport());
        String code = PowerShellLexer.code(s);
        assertFalse(code.contains("Remove-Item"), code);
        assertFalse(code.contains("Stop-Computer"), code);
        assertTrue(s.contains(PowerShellText.quote(ExportFixtures.PS_BREAKOUT)));
    }

    @Test
    void fopeGetsItsTwoListsAsCommentsAndNothingToRun() throws IOException {
        String s = script(ExportFixtures.report(Profile.FOPE, "c", "mail.contoso.com", "contoso.com", "p"));
        assertTrue(PowerShellLexer.code(s).isBlank(), "no command at all");
        assertTrue(s.contains("# ==== Gateway servers list ====\n# 131.107.2.1"), s);
        assertTrue(s.contains("# ==== Internal servers list ====\n# 131.107.1.17"), s);
        assertTrue(s.contains("FOPE Admin Center"));
    }

    @Test
    void googleWorkspaceGetsTheSettingsToMakeByHand() throws IOException {
        String s = script(ExportFixtures.report(Profile.GOOGLE_WORKSPACE, "c", "mail.contoso.com", "contoso.com", "p"));
        assertTrue(PowerShellLexer.code(s).isBlank(), "no command at all");
        assertTrue(s.contains("Google Admin"));
        assertTrue(s.contains("# Smart hosts: mail.contoso.com"), s);
    }
}
