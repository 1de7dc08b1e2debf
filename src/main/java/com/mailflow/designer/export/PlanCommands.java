package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.plan.PowerShellCommand;
import com.mailflow.designer.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan step's commands as Exchange Online PowerShell, with the script's quoting and the
 * connector parameters of {@link ConnectorParameters}: the one wording of each command that the
 * CLI, the handouts and the script print.
 */
public final class PlanCommands {
    private PlanCommands() {
    }

    /** The step's block, one command a line; empty for a step without commands. */
    public static String block(Step step) {
        return step.powershell().stream().map(PlanCommands::command).collect(Collectors.joining("\n"));
    }

    static String command(PowerShellCommand c) {
        return switch (c.verb()) {
            case CREATE -> "New-" + cmdlet(c.connector()) + " " + parameters(created(c.connector()));
            case RECONFIGURE -> "Set-" + cmdlet(c.connector()) + " -Identity " + name(c.connector()) + " "
                    + parameters(reconfigured(c.connector()));
            case ENABLE -> "Set-OutboundConnector -Identity " + name(c.connector()) + " -Enabled $true";
            case DISABLE -> "Set-OutboundConnector -Identity " + name(c.connector()) + " -Enabled $false";
            case RESTRICT -> restriction(c.connector(), "$true");
            case UNRESTRICT -> restriction(c.connector(), "$false");
            case REMOVE -> "Remove-" + cmdlet(c.connector()) + " -Identity " + name(c.connector()) + " -Confirm:$false";
            case ALLOW_LIST_ADD -> "Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add = @("
                    + PowerShellText.quoteAll(c.values()) + ")}";
            case ALLOW_LIST_REMOVE -> "Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Remove = @("
                    + PowerShellText.quoteAll(c.values()) + ")}";
            case DKIM_ENABLE -> "Set-DkimSigningConfig -Identity " + PowerShellText.quote(c.values().get(0))
                    + " -Enabled $true";
        };
    }

    private static String restriction(Connector c, String value) {
        return "Set-InboundConnector -Identity " + name(c) + " -"
                + ConnectorParameters.restriction((InboundConnector) c).name() + " " + value;
    }

    private static List<ConnectorParameters.Parameter> created(Connector c) {
        return c instanceof InboundConnector in ? ConnectorParameters.of(in) : ConnectorParameters.of((OutboundConnector) c);
    }

    /** As created, less the name (it identifies) and the Enabled switch (enabling is its own step). */
    private static List<ConnectorParameters.Parameter> reconfigured(Connector c) {
        List<ConnectorParameters.Parameter> p = new ArrayList<>(created(c));
        p.removeIf(x -> x.name().equals("Name") || x.name().equals("Enabled"));
        return p;
    }

    private static String parameters(List<ConnectorParameters.Parameter> parameters) {
        return parameters.stream().map(p -> "-" + p.name() + " " + p.literal()).collect(Collectors.joining(" "));
    }

    private static String cmdlet(Connector c) {
        return c instanceof InboundConnector ? "InboundConnector" : "OutboundConnector";
    }

    private static String name(Connector c) {
        return PowerShellText.quote(c.name());
    }
}
