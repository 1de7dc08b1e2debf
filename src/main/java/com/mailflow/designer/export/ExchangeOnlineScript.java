package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.SafelistList;
import com.mailflow.designer.net.IpAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Exchange Online PowerShell, in a safe order: inbound connectors, the connection filter's IP
 * Allow List, DKIM signing (disabled), and outbound connectors last, since they change where
 * mail goes the moment they exist. Every New- command is guarded by its Get- command, so a
 * second run creates nothing twice; the Set- commands only restate the same settings.
 */
final class ExchangeOnlineScript {
    private static final String INDENT = "    ";
    private final ScriptBuilder script;
    private final Report report;

    ExchangeOnlineScript(ScriptBuilder script, Report report) {
        this.script = script;
        this.report = report;
    }

    void write() {
        preamble();
        script.heading("1. Inbound connectors: mail from your servers and partners into Exchange Online");
        inbound().forEach(this::inboundConnector);
        if (inbound().isEmpty()) {
            script.comment("No inbound connector is needed.");
        }
        allowList();
        dkim();
        script.heading("4. Outbound connectors: mail from Exchange Online to your servers and partners");
        outbound().forEach(this::outboundConnector);
        if (outbound().isEmpty()) {
            script.comment("No outbound connector is needed.");
        }
    }

    private void preamble() {
        script.comment("")
                .comment("Before running: connect with an account allowed to manage mail flow.")
                .comment("  Install-Module ExchangeOnlineManagement -Scope CurrentUser   (once)")
                .comment("  Connect-ExchangeOnline -UserPrincipalName admin@yourtenant.onmicrosoft.com")
                .comment("Review every command first. Running the script twice creates nothing twice.")
                .blank()
                .line("$ErrorActionPreference = 'Stop'")
                .line("if (-not (Get-Command Get-InboundConnector -ErrorAction SilentlyContinue)) {")
                .line(INDENT + "throw 'Not connected to Exchange Online: run Connect-ExchangeOnline first.'")
                .line("}");
    }

    private List<InboundConnector> inbound() {
        return report.connectors().stream().filter(InboundConnector.class::isInstance)
                .map(InboundConnector.class::cast).toList();
    }

    private List<OutboundConnector> outbound() {
        return report.connectors().stream().filter(OutboundConnector.class::isInstance)
                .map(OutboundConnector.class::cast).toList();
    }

    private void inboundConnector(InboundConnector c) {
        script.blank().comment("Inbound connector " + c.name() + " (" + c.type() + ")");
        describe(c);
        List<String> params = new ArrayList<>(List.of("-Name " + q(c.name()), "-ConnectorType " + q(c.type()),
                "-SenderDomains '*'"));
        boolean byCertificate = "certificate".equals(c.identifyBy()) && c.certificate() != null;
        if (byCertificate) {
            params.add("-RequireTls $true");
            params.add("-TlsSenderCertificateName " + q(c.certificate()));
            if (c.restrictToSender()) {
                params.add("-RestrictDomainsToCertificate $true");
            }
        } else {
            List<String> usable = usableSenderAddresses(c.senderIpAddresses());
            if (usable.isEmpty()) {
                script.comment("Skipped: no IPv4 address of /24 or narrower identifies this sender and it has no")
                        .comment("certificate. Give the node a certificate or a usable address (see the findings).");
                return;
            }
            params.add("-SenderIPAddresses " + PowerShellText.quoteAll(usable));
            if (c.requireTls()) {
                params.add("-RequireTls $true");
            }
            if (c.restrictToSender()) {
                params.add("-RestrictDomainsToIPAddresses $true");
            }
        }
        guarded("Get-InboundConnector", c.name(), "New-InboundConnector", params);
        if (c.enhancedFiltering()) {
            script.comment("Enhanced Filtering for Connectors: look past this hop to the real Internet sender.");
            List<String> skipIps = usableSkipAddresses(c.skipAddresses());
            String skip = skipIps.isEmpty() ? "-EFSkipLastIP $true" : "-EFSkipIPs " + PowerShellText.quoteAll(skipIps);
            script.line("Set-InboundConnector -Identity " + q(c.name()) + " " + skip);
        }
    }

    /** Only IPv4 from /24 to /32 is accepted in SenderIPAddresses; anything else is left out, with a comment. */
    private List<String> usableSenderAddresses(List<String> addresses) {
        return accepted(addresses, IpAddress::isNarrowIpv4, "IPv4 addresses and /24 to /32 ranges");
    }

    /** EFSkipIPs takes IPv4 /24 to /32 and IPv6 /48 to /128. */
    private List<String> usableSkipAddresses(List<String> addresses) {
        return accepted(addresses, ip -> ip.isNarrowIpv4() || ip.isIpv6() && ip.prefixLength() >= 48,
                "IPv4 /24 to /32 and IPv6 /48 to /128 here");
    }

    private List<String> accepted(List<String> addresses, Predicate<IpAddress> usable, String what) {
        List<String> kept = new ArrayList<>();
        for (String a : addresses) {
            IpAddress ip = IpAddress.parseOrNull(a);
            if (ip != null && usable.test(ip)) {
                kept.add(ip.canonical());
            } else {
                script.comment("Left out " + a + ": Exchange Online accepts only " + what + ".");
            }
        }
        return kept;
    }

    private void allowList() {
        script.heading("2. Connection filter IP Allow List");
        script.comment("Only servers on the internal-servers list: they carry mail that originates inside the")
                .comment("organization or was filtered already. Gateway-servers addresses are never added here:")
                .comment("they relay unfiltered Internet mail, which would then skip spam filtering.");
        List<String> internal = new ArrayList<>();
        for (SafelistEntry e : report.safelist()) {
            if (e.add() && e.list() == SafelistList.INTERNAL_SERVERS) {
                internal.add(e.address());
            } else if (e.add() && e.list() == SafelistList.GATEWAY_SERVERS) {
                script.comment("Not added (gateway server, relays unfiltered Internet mail): " + e.address());
            }
        }
        Set<String> add = new LinkedHashSet<>(usableSenderAddresses(internal));
        if (add.isEmpty()) {
            script.comment("No address to add.");
            return;
        }
        script.line("Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add="
                + PowerShellText.quoteAll(List.copyOf(add)) + "}");
    }

    private void dkim() {
        script.heading("3. DKIM signing");
        Set<String> domains = new LinkedHashSet<>();
        report.dns().stream().filter(d -> "dkim".equals(d.purpose())).map(DnsRecord::domain).forEach(domains::add);
        if (domains.isEmpty()) {
            script.comment("No domain signs with DKIM in Exchange Online.");
            return;
        }
        script.comment("Created disabled: enable each domain once its selector1 and selector2 CNAME records resolve.");
        for (String domain : domains) {
            guarded("Get-DkimSigningConfig", domain, "New-DkimSigningConfig",
                    List.of("-DomainName " + q(domain), "-Enabled $false"));
            script.comment("Later: Set-DkimSigningConfig -Identity " + q(domain) + " -Enabled $true");
        }
    }

    private void outboundConnector(OutboundConnector c) {
        script.blank().comment("Outbound connector " + c.name() + " (" + c.type() + ")");
        describe(c);
        List<String> params = new ArrayList<>(List.of("-Name " + q(c.name()), "-ConnectorType " + q(c.type()),
                "-UseMXRecord $false", "-SmartHosts " + PowerShellText.quoteAll(c.smartHosts()),
                "-RecipientDomains " + PowerShellText.quoteAll(c.recipientDomains())));
        if (c.tlsDomain() != null) {
            params.add("-TlsSettings DomainValidation");
            params.add("-TlsDomain " + q(c.tlsDomain()));
        }
        if (c.routeAllViaOnPremises() && "OnPremises".equals(c.type())) {
            params.add("-RouteAllMessagesViaOnPremises $true");
        }
        guarded("Get-OutboundConnector", c.name(), "New-OutboundConnector", params);
    }

    private void describe(Connector c) {
        ConnectorSettings.describe(c).forEach(line -> script.comment("  " + line));
    }

    /** {@code if (-not (Get-X -Identity 'name' ...)) { New-X ... }}: idempotent creation. */
    private void guarded(String getter, String identity, String creator, List<String> params) {
        script.line("if (-not (" + getter + " -Identity " + q(identity) + " -ErrorAction SilentlyContinue)) {");
        script.line(INDENT + creator + " " + String.join(" `\n" + INDENT + INDENT, params));
        script.line("}");
    }

    private static String q(String value) {
        return PowerShellText.quote(value);
    }
}
