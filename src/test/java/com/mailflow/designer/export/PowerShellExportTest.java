package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.SafelistList;
import com.mailflow.designer.model.Profile;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PowerShellExportTest {
    private static String script(Report report) throws IOException {
        return ExportText.render(ExportFormat.POWERSHELL, ExportFixtures.scenario(), report).substring(1);
    }

    private static String allowListLine(String script) {
        return script.lines().filter(l -> l.startsWith("Set-HostedConnectionFilterPolicy")).findFirst().orElseThrow();
    }

    @Test
    void onlyInternalServersGoOnTheIpAllowListNeverGatewayServers() throws IOException {
        String line = allowListLine(script(ExportFixtures.report()));
        assertEquals("Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add='131.107.1.17'}", line);
    }

    @Test
    void onlyIpv4From24To32GoesIntoSenderIpAddresses() throws IOException {
        String script = script(ExportFixtures.report());
        Matcher m = Pattern.compile("-SenderIPAddresses (.*?) `").matcher(script);
        assertTrue(m.find());
        assertEquals("'203.0.113.0/24'", m.group(1));
        assertTrue(script.contains("# Left out 2001:db8::1"));
        assertTrue(script.contains("# Left out 198.51.0.0/16"));
    }

    @Test
    void everyNewCommandIsGuardedByItsGetCommandSoASecondRunCreatesNothing() throws IOException {
        List<String> lines = script(ExportFixtures.report()).lines().toList();
        int guarded = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = Pattern.compile("^\\s+New-(\\w+) -(?:Name|DomainName) ('.*?') `").matcher(lines.get(i));
            if (m.find()) {
                assertEquals("if (-not (Get-" + m.group(1) + " -Identity " + m.group(2)
                        + " -ErrorAction SilentlyContinue)) {", lines.get(i - 1));
                guarded++;
            }
        }
        assertEquals(4, guarded, "three connectors and one DKIM signing configuration");
    }

    @Test
    void stepsComeInTheSafeOrderWithOutboundConnectorsLast() throws IOException {
        String s = script(ExportFixtures.report());
        int connect = s.indexOf("Connect-ExchangeOnline");
        int inbound = s.indexOf("New-InboundConnector");
        int allow = s.indexOf("Set-HostedConnectionFilterPolicy");
        int dkim = s.indexOf("New-DkimSigningConfig");
        int outbound = s.indexOf("New-OutboundConnector");
        assertTrue(connect < inbound && inbound < allow && allow < dkim && dkim < outbound, s);
    }

    @Test
    void connectorSettingsUseExchangeOnlineParameterNames() throws IOException {
        String s = script(ExportFixtures.report());
        for (String parameter : List.of("-ConnectorType 'OnPremises'", "-TlsSenderCertificateName 'mail.contoso.com'",
                "-RestrictDomainsToIPAddresses $true", "-RequireTls $true", "-SmartHosts 'mail.contoso.com'",
                "-RecipientDomains 'contoso.com'", "-TlsSettings DomainValidation", "-TlsDomain 'mail.contoso.com'",
                "-RouteAllMessagesViaOnPremises $true", "-UseMXRecord $false",
                "Set-InboundConnector -Identity 'From Gateway' -EFSkipIPs '131.107.1.17'",
                "Set-InboundConnector -Identity 'From Partner filter' -EFSkipLastIP $true")) {
            assertTrue(s.contains(parameter), parameter);
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
    void addressesExchangeOnlineRefusesAreLeftOutOfAllowListAndEnhancedFilteringWithAComment() throws IOException {
        Report base = ExportFixtures.report();
        List<SafelistEntry> safelist = List.of(
                new SafelistEntry("gw", "131.107.1.17", "Gateway", "p", true, SafelistList.INTERNAL_SERVERS, "r"),
                new SafelistEntry("gw", "2001:db8::17", "Gateway", "p", true, SafelistList.INTERNAL_SERVERS, "r"));
        List<Connector> connectors = List.of(new InboundConnector("OnPremises", "From Gateway", List.of("gw"),
                "certificate", "mail.contoso.com", List.of(), true,
                List.of("131.107.1.17", "2001:db8:1::/64", "2001:db8::/32"), true, false, false));
        String s = script(new Report(base.scenario(), base.profile(), base.flows(), safelist, connectors, base.dns(),
                base.findings()));
        assertEquals("Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add='131.107.1.17'}",
                allowListLine(s));
        assertTrue(s.contains("# Left out 2001:db8::17:"), s);
        assertTrue(s.contains("-EFSkipIPs '131.107.1.17','2001:db8:1::/64'"), s);
        assertTrue(s.contains("# Left out 2001:db8::/32:"), s);
    }

    @Test
    void aConnectorWithNoUsableIdentityIsSkippedWithAComment() throws IOException {
        Report base = ExportFixtures.report();
        List<Connector> connectors = List.of(new InboundConnector("OnPremises", "From Gateway", List.of("gw"), "ip",
                null, List.of("2001:db8::1"), true, List.of(), false, false, false));
        String s = script(new Report(base.scenario(), base.profile(), base.flows(), base.safelist(), connectors,
                base.dns(), base.findings()));
        assertFalse(s.contains("New-InboundConnector"), s);
        assertFalse(s.contains("Set-InboundConnector"), s);
        assertTrue(s.contains("# Skipped: no IPv4 address of /24 or narrower identifies this sender"), s);
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
