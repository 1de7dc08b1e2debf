package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.Submission;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.Creatable;
import com.mailflow.designer.plan.Phase;
import com.mailflow.designer.plan.Transition;
import com.mailflow.designer.net.DomainName;
import java.util.Locale;
import java.util.Optional;
import java.util.List;

/**
 * Exchange Online PowerShell that can't break a customer's mail: it runs one phase at a time
 * (none without -Phase), lists the tenant's connectors first and stops on a conflict unless
 * -Force, creates inbound connectors unrestricted and outbound connectors disabled, and restricts
 * only in the lock-down phase, after the MX has moved. What it can't know is a parameter.
 */
final class ExchangeOnlineScript {
    static final String INDENT = "    ";
    private final ScriptBuilder script;
    private final Report report;
    private final NodeNames names;
    private final Scenario scenario;
    private final ScriptData data;
    private final ScriptPhases phases;

    /** {@code transition}: the plan's steps into this stage; {@code only}: the one phase to write, or null for all. */
    ExchangeOnlineScript(ScriptBuilder script, Scenario scenario, Report report, Transition transition, Phase only) {
        this.script = script;
        this.report = report;
        this.names = new NodeNames(scenario);
        this.scenario = scenario;
        this.data = new ScriptData(script, report);
        this.phases = new ScriptPhases(transition, only);
    }

    void write() {
        usage();
        parameters();
        data.write();
        script.blank().raw(ScriptResources.PREFLIGHT);
        for (Phase phase : phases.phases()) {
            switch (phase) {
                case PREPARE -> prepare();
                case LOCKDOWN -> lockDown();
                default -> phases.function(script, phase);
            }
        }
        run();
    }

    private void usage() {
        script.comment("")
                .comment("How to run it, in Exchange Online PowerShell with an account allowed to manage mail flow:")
                .comment("  Install-Module ExchangeOnlineManagement -Scope CurrentUser   (once)")
                .comment("  Connect-ExchangeOnline -UserPrincipalName <admin@yourtenant.onmicrosoft.com>")
                .comment("  .\\script.ps1                   lists the phases and changes nothing")
                .comment("  .\\script.ps1 -Phase <name>     runs one phase");
        for (Phase phase : phases.phases()) {
            script.paragraph("", "Phase " + phase.title() + ": " + phase.description() + ".");
        }
        script.comment("Run them in this order; what a phase can't do itself it prints as steps to do by hand.")
                .comment("Every phase first lists the tenant's connectors and stops, changing nothing, when one")
                .comment("conflicts with this design; -Force goes on and sets same-named connectors to this design.")
                .comment("Running a phase twice creates nothing twice.");
    }

    private void parameters() {
        script.blank().line("[CmdletBinding()]").line("param(")
                .line(INDENT + "# " + String.join(", ", titles()) + " (any case). Without it the script lists the"
                        + " phases and changes nothing.")
                .line(INDENT + "[ValidateSet(" + String.join(", ", titles().stream().map(PowerShellText::quote)
                        .toList()) + ")]")
                .line(INDENT + "[string]$Phase,")
                .line(INDENT + "# Go on although the pre-flight found conflicting connectors.")
                .line(INDENT + "[switch]$Force" + (smtpAuthSenders().isEmpty() ? "" : ","));
        if (!smtpAuthSenders().isEmpty()) {
            script.line(INDENT + "# The licensed mailboxes your devices and applications sign in as (this script can't"
                            + " know them).")
                    .line(INDENT + "[string[]]$SmtpAuthMailboxes = @()");
        }
        script.line(")").blank().line("$ErrorActionPreference = 'Stop'");
    }

    private void prepare() {
        script.heading("Phase Prepare").line("function Invoke-Prepare {")
                .line(INDENT + "foreach ($settings in $Inbound) { Set-MailflowConnector 'Inbound' $settings }")
                .line(INDENT + "if ($AllowList.Count -gt 0) {")
                .line(INDENT + INDENT + "Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add ="
                        + " $AllowList}")
                .line(INDENT + INDENT + "Write-Host ('Added {0} address(es) to the IP Allow List.' -f"
                        + " $AllowList.Count)")
                .line(INDENT + "}")
                .line(INDENT + "foreach ($domain in $DkimDomains) {")
                .line(INDENT + INDENT + "if (@(Get-DkimSigningConfig | Where-Object { $_.Domain -eq $domain }).Count"
                        + " -eq 0) {")
                .line(INDENT + INDENT + INDENT + "New-DkimSigningConfig -DomainName $domain -KeySize 2048 -Enabled"
                        + " $false | Out-Null")
                .line(INDENT + INDENT + INDENT + "Write-Host ('Created 2048-bit DKIM keys for {0}, not yet signing.'"
                        + " -f $domain)")
                .line(INDENT + INDENT + "}")
                .line(INDENT + "}");
        smtpAuth();
        script.line(INDENT + "foreach ($settings in $Outbound) { Set-MailflowConnector 'Outbound' $settings }");
        phases.steps(script, Phase.PREPARE);
        script.line(INDENT + "Write-Host 'Prepare is done; mail still flows as before. Next: the following phase,"
                        + " in the order the script lists them.'")
                .line("}");
    }

    private void smtpAuth() {
        List<String> names = smtpAuthSenders();
        if (names.isEmpty()) {
            return;
        }
        script.paragraph(INDENT, "SMTP AUTH for " + String.join(", ", names) + ": each signs in as a licensed"
                        + " mailbox (a shared mailbox has no licence and can't) with OAuth 2.0 over TLS 1.2 to"
                        + " smtp.office365.com port 587. SMTP AUTH is off by default; this allows it per mailbox."
                        + " Security Defaults in Microsoft Entra ID block SMTP AUTH: with them on, relay through a"
                        + " connector instead. The organization-wide switch:")
                .comment(INDENT, "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled")
                .line(INDENT + "if ($SmtpAuthMailboxes.Count -eq 0) {")
                .line(INDENT + INDENT + "Write-Warning 'No -SmtpAuthMailboxes given: SMTP AUTH was not allowed on any"
                        + " mailbox. Run Prepare again with the licensed mailboxes your devices sign in as.'")
                .line(INDENT + "}")
                .line(INDENT + "foreach ($mailbox in $SmtpAuthMailboxes) {")
                .line(INDENT + INDENT + "Set-CASMailbox -Identity $mailbox -SmtpClientAuthenticationDisabled $false")
                .line(INDENT + INDENT + "Write-Host ('Allowed SMTP AUTH on {0}.' -f $mailbox)")
                .line(INDENT + "}");
    }

    private List<String> smtpAuthSenders() {
        return report.submissions().stream().filter(s -> s.method() == Submission.Method.SMTP_AUTH)
                .map(s -> names.name(s.node())).toList();
    }

    private void lockDown() {
        script.heading("Phase LockDown").line("function Invoke-LockDown {");
        mxChecks();
        for (InboundConnector c : inbound()) {
            if (!c.restrictToSender() || !data.creates(c)) {
                continue;
            }
            ConnectorParameters.Parameter restriction = ConnectorParameters.restriction(c);
            String name = PowerShellText.quote(c.name());
            script.line(INDENT + "if (@(Get-InboundConnector | Where-Object { $_.Name -eq " + name + " }).Count -eq"
                            + " 0) { throw ('The inbound connector [{0}] does not exist yet: run -Phase Prepare"
                            + " first.' -f " + name + ") }")
                    .line(INDENT + "Set-InboundConnector -Identity " + name + " -" + restriction.name() + " "
                            + restriction.literal())
                    .line(INDENT + "Write-Host ('The inbound connector [{0}] now accepts mail only from its sender.'"
                            + " -f " + name + ")");
        }
        DirectDelivery.write(script, report);
        phases.steps(script, Phase.LOCKDOWN);
        script.line(INDENT + "Write-Host 'LockDown is done.'").line("}");
    }

    /** Each domain whose MX is a sender whose connector gets restricted: checked before the restriction. */
    private void mxChecks() {
        script.line(INDENT + "Assert-MailflowMx @(");
        for (InboundConnector c : inbound()) {
            if (!c.restrictToSender() || !data.creates(c)) {
                continue;
            }
            Optional<String> host = scenario.node(c.nodes().get(0)).flatMap(Node::hostname).map(DomainName::asciiOrSelf);
            for (DnsRecord mx : report.dns()) {
                if (mx.purpose() == RecordPurpose.MX && host.filter(mx.value()::equalsIgnoreCase).isPresent()) {
                    script.line(INDENT + INDENT + "@{ Domain = " + PowerShellText.quote(mx.name()) + "; Target = "
                            + PowerShellText.quote(mx.value().toLowerCase(Locale.ROOT)) + "; Connector = "
                            + PowerShellText.quote(c.name()) + " }");
                }
            }
        }
        script.line(INDENT + ")");
    }

    private void run() {
        script.heading("Run").line("if (-not $Phase) {")
                .line(INDENT + "Write-Host 'This script runs one phase at a time, and nothing without -Phase:'");
        for (Phase phase : phases.phases()) {
            script.line(INDENT + "Write-Host " + PowerShellText.quote("  -Phase " + phase.title() + "   "
                    + phase.description()));
        }
        script.line(INDENT + "return").line("}")
                .line("if (-not (Get-Command Get-InboundConnector -ErrorAction SilentlyContinue)) {")
                .line(INDENT + "throw 'Not connected to Exchange Online: run Connect-ExchangeOnline first.'")
                .line("}")
                .line("Invoke-MailflowPreflight")
                .line("switch ($Phase) {");
        for (Phase phase : phases.phases()) {
            script.line(INDENT + "'" + phase.title() + "' { Invoke-" + phase.title() + " }");
        }
        script.line("}");
    }

    private List<String> titles() {
        return phases.phases().stream().map(Phase::title).toList();
    }

    private List<InboundConnector> inbound() {
        return report.connectors().stream().filter(InboundConnector.class::isInstance)
                .map(InboundConnector.class::cast).toList();
    }

    static List<OutboundConnector> outbound(Report report) {
        return report.connectors().stream().filter(OutboundConnector.class::isInstance)
                .map(OutboundConnector.class::cast).toList();
    }

    /** Whether the connector identifies its sender at all (an IP connector with no usable address doesn't). */
    static boolean identifies(Connector c) {
        return Creatable.connector(c);
    }
}
