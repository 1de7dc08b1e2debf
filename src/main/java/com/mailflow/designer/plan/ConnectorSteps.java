package com.mailflow.designer.plan;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.plan.PowerShellCommand.Verb;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connectors: created in prepare (inbound unrestricted, outbound disabled) and validated in verify;
 * outbound ones enabled in cutover before the MX moves; restricted in lockdown; old ones disabled
 * in cutover and removed in cleanup. Other profiles than Exchange Online get the same steps by hand.
 */
final class ConnectorSteps {
    private static final String ADMIN_CENTER = "the Exchange admin center (Mail flow > Connectors)";

    private final StepList steps;
    private final String stage;
    private final boolean powershell;

    ConnectorSteps(StepList steps, String stage, Report target) {
        this.steps = steps;
        this.stage = stage;
        this.powershell = target.profile() == Profile.EXCHANGE_ONLINE;
    }

    void plan(List<Connector> before, List<Connector> after) {
        Map<String, Connector> old = byName(before);
        Map<String, Connector> now = byName(after);
        List<String> wizard = now.values().stream().filter(c -> powershell && c.hybrid() && !old.containsKey(c.name()))
                .map(Connector::name).toList();
        if (!wizard.isEmpty()) {
            steps.manual(Phase.PREPARE, "Run the Hybrid Configuration Wizard: it creates " + String.join(", ", wizard),
                    "Connectors between Exchange servers and Exchange Online made by hand lack what the wizard sets"
                            + " (CloudServicesMailEnabled keeps cross-premises headers; both sides' connectors match)",
                    "Get-InboundConnector and Get-OutboundConnector list the wizard's connectors; its log shows no"
                            + " error", "Remove the connectors the wizard created (or run it again with the previous"
                            + " choices)");
        }
        for (Connector c : now.values()) {
            Connector was = old.get(c.name());
            if (!Creatable.connector(c)) {
                continue;
            }
            if (was == null) {
                created(c);
            } else if (!was.equals(c)) {
                changed(was, c);
            }
        }
        boolean anyNew = now.keySet().stream().anyMatch(n -> !old.containsKey(n) && Creatable.connector(now.get(n)));
        if (anyNew) {
            steps.check(Phase.VERIFY, "Send a test message through each new path", "A connector that validates can"
                    + " still be scoped wrong: a real message shows the route", "The message trace (Exchange admin"
                    + " center > Mail flow > Message trace) shows each test message delivered through the new connector");
        }
        for (Connector c : old.values()) {
            if (!now.containsKey(c.name())) {
                removed(c);
            }
        }
    }

    private void created(Connector c) {
        boolean out = c instanceof OutboundConnector;
        boolean byWizard = powershell && c.hybrid();
        if (!byWizard) {
            act(Phase.PREPARE, "Create the " + direction(c) + " connector " + c.name() + (out ? " (disabled)"
                        : " (not yet restricted)"), out ? "Created off: an outbound connector changes where mail goes the"
                        + " moment it is on (stage " + stage + ")" : "Mail from its sender can arrive the moment the MX"
                        + " moves; restricting it waits for the lock-down (stage " + stage + ")", Verb.CREATE, c,
                "Get-" + cmdlet(c) + " -Identity '" + c.name() + "' shows it" + (out ? " with Enabled False" : ""),
                "Remove the connector " + c.name() + " again");
        }
        steps.check(Phase.VERIFY, "Validate the " + direction(c) + " connector " + c.name(), "Mail must not depend on"
                + " a connector nobody has tested", "Validate connector in " + ADMIN_CENTER + " succeeds for "
                + c.name());
        if (out && !byWizard) {
            act(Phase.CUTOVER, "Enable the outbound connector " + c.name(), "Mail takes it from now on; it is enabled"
                    + " and validated before the MX moves (stage " + stage + ")", Verb.ENABLE, c,
                    "Get-OutboundConnector -Identity '" + c.name() + "' shows Enabled True; Validate connector"
                            + " succeeds again", "Disable the outbound connector " + c.name() + " again");
        }
        if (c instanceof InboundConnector in && in.restrictToSender()) {
            restrict(in);
        }
    }

    private void restrict(InboundConnector c) {
        act(Phase.LOCKDOWN, "Restrict the inbound connector " + c.name() + " to its sender", "The MX has pointed at"
                        + " its sender longer than the old TTL: mail that bypasses it can now be refused (stage " + stage
                        + ")", Verb.RESTRICT, c, "A test message sent straight to the service's MX host from elsewhere"
                        + " is refused; mail through " + c.name() + " still arrives",
                "Lift the restriction of " + c.name() + " again");
    }

    private void changed(Connector was, Connector c) {
        if (c instanceof InboundConnector in && was instanceof InboundConnector old) {
            boolean restrictOnly = withoutRestriction(old).equals(withoutRestriction(in));
            if (!restrictOnly) {
                boolean wider = new HashSet<>(in.senderIpAddresses()).containsAll(old.senderIpAddresses())
                        && in.identifyBy() == old.identifyBy();
                act(wider ? Phase.PREPARE : Phase.CLEANUP, "Reconfigure the inbound connector " + c.name(),
                        wider ? "It accepts its senders of stage " + stage + " as well as today's" : "It stops"
                                + " accepting senders stage " + stage + " no longer uses", Verb.RECONFIGURE, c,
                        "Get-InboundConnector -Identity '" + c.name() + "' shows the new settings",
                        "Set the connector's previous settings again");
            }
            if (in.restrictToSender() && !old.restrictToSender()) {
                restrict(in);
            } else if (!in.restrictToSender() && old.restrictToSender()) {
                act(Phase.PREPARE, "Lift the restriction of the inbound connector " + c.name(), "Stage " + stage
                        + " has senders the restriction would refuse", Verb.UNRESTRICT, c, "Get-InboundConnector"
                        + " -Identity '" + c.name() + "' shows the restriction off", "Restrict it again");
            }
            return;
        }
        act(Phase.CUTOVER, "Reconfigure the outbound connector " + c.name(), "Stage " + stage + " routes through it"
                        + " differently", Verb.RECONFIGURE, c, "Validate connector in " + ADMIN_CENTER + " succeeds for "
                        + c.name(), "Set the connector's previous settings again");
    }

    private static InboundConnector withoutRestriction(InboundConnector c) {
        return new InboundConnector(c.type(), c.name(), c.nodes(), c.identifyBy(), c.certificate(),
                c.senderIpAddresses(), c.leftOutAddresses(), c.enhancedFiltering(), c.skipAddresses(), c.requireTls(),
                false, c.rejectMailNotFromGatewayIps(), c.hybrid());
    }

    private void removed(Connector c) {
        if (c instanceof OutboundConnector) {
            act(Phase.CUTOVER, "Disable the outbound connector " + c.name(), "Stage " + stage + " routes this mail"
                    + " another way", Verb.DISABLE, c, "Get-OutboundConnector -Identity '" + c.name()
                    + "' shows Enabled False", "Enable the outbound connector " + c.name() + " again");
        }
        act(Phase.CLEANUP, "Remove the " + direction(c) + " connector " + c.name(), "Stage " + stage + " no longer"
                + " uses it", Verb.REMOVE, c, "Get-" + cmdlet(c) + " -Identity '" + c.name() + "' finds nothing",
                "Create the connector " + c.name() + " again with its previous settings");
    }

    private void act(Phase phase, String title, String why, Verb verb, Connector c, String check, String rollback) {
        if (powershell) {
            steps.powershell(phase, title, why, PowerShellCommand.on(verb, c), check, rollback);
        } else {
            steps.manual(phase, title + " (" + c.type().id() + ", in the service's admin console)", why, check,
                    rollback);
        }
    }

    private static String direction(Connector c) {
        return c instanceof InboundConnector ? "inbound" : "outbound";
    }

    private static String cmdlet(Connector c) {
        return c instanceof InboundConnector ? "InboundConnector" : "OutboundConnector";
    }

    private static Map<String, Connector> byName(List<Connector> connectors) {
        Map<String, Connector> map = new LinkedHashMap<>();
        connectors.forEach(c -> map.put(c.name(), c));
        return map;
    }
}
