package com.mailflow.designer.plan;

import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.RealizedBy;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.PowerShellCommand.Verb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the drawing itself says changes: nodes set up, reconfigured or decommissioned, domains
 * added to the service, mailboxes moved, safelist entries, and direct delivery closed.
 */
final class ElementSteps {
    static final String DIRECT_DELIVERY = "mx.direct-delivery-open";

    private final StepList steps;
    private final String stage;

    ElementSteps(StepList steps, String stage) {
        this.steps = steps;
        this.stage = stage;
    }

    void nodes(Scenario before, Scenario after) {
        Map<String, Node> old = new LinkedHashMap<>();
        before.nodes().forEach(n -> old.put(n.id(), n));
        for (Node n : after.nodes()) {
            Node was = old.get(n.id());
            if (n.kind() == NodeKind.INTERNET || n.kind() == NodeKind.CLOUD_SERVICE && was == null) {
                continue;
            }
            if (was == null) {
                steps.manual(Phase.PREPARE, "Set up " + n.name() + " (" + n.kind().displayName() + ")", "Stage " + stage
                        + " has it; it must run before any mail depends on it", (n.kind().isThirdParty()
                        ? "The provider's service accepts your domains" : "It answers on SMTP")
                        + n.hostname().map(h -> " as " + h).orElse("") + " and its certificate and addresses match the"
                        + " drawing", "Leave it unused: nothing routes to it before the cutover");
            } else if (!was.equals(n)) {
                steps.manual(Phase.PREPARE, "Reconfigure " + n.name() + ": " + String.join(", ", changed(was, n)),
                        "Stage " + stage + " configures the same machine differently", "Its settings match the"
                                + " drawing of stage " + stage, "Set its previous settings again");
            }
        }
        Set<String> stay = new java.util.HashSet<>();
        after.nodes().forEach(n -> stay.add(n.id()));
        for (Node n : before.nodes()) {
            if (!stay.contains(n.id()) && n.kind() != NodeKind.INTERNET) {
                steps.manual(Phase.CLEANUP, "Decommission " + n.name(), "Stage " + stage + " no longer has it: once the"
                        + " wait is over no mail takes it" + (n.kind() == NodeKind.MAIL_SERVER ? ". With directory"
                        + " synchronization keep the Exchange management tools for recipient management" : ""), "Its queues are empty and its logs show no mail for a"
                        + " day before it is switched off", "Switch it on again; keep it until the stage is signed off");
            }
        }
    }

    private static List<String> changed(Node was, Node n) {
        List<String> keys = new ArrayList<>();
        if (!was.name().equals(n.name())) {
            keys.add("name");
        }
        for (NodeAttribute a : NodeAttribute.values()) {
            if (!Objects.equals(was.attributes().get(a), n.attributes().get(a))) {
                keys.add(a.key());
            }
        }
        return keys.isEmpty() ? List.of("settings") : keys;
    }

    void domains(Scenario before, Scenario after) {
        Map<String, Domain> old = new java.util.HashMap<>();
        before.domains().forEach(d -> old.putIfAbsent(d.name().toLowerCase(java.util.Locale.ROOT), d));
        Map<String, Node> nodesBefore = byId(before);
        Map<String, Node> nodesAfter = byId(after);
        for (Domain d : after.domains()) {
            Domain was = old.get(d.name().toLowerCase(java.util.Locale.ROOT));
            boolean cloudNow = hostedInCloud(nodesAfter, d);
            if (cloudNow && (was == null || !hostedInCloud(nodesBefore, was))) {
                steps.manual(Phase.PREPARE, "Add " + d.name() + " to the cloud service and verify it", "Its mailboxes"
                        + " are there in stage " + stage + "; the service accepts mail only for verified domains",
                        "The admin center lists " + d.name() + " as verified (the TXT record it asks for is"
                                + " published)", "Remove the domain from the service again");
            }
            Set<String> moved = new LinkedHashSet<>(d.mailboxes());
            if (was != null) {
                moved.removeAll(was.mailboxes());
            }
            Set<String> left = new LinkedHashSet<>(was == null ? List.of() : was.mailboxes());
            left.removeAll(d.mailboxes());
            if (!left.isEmpty() && !moved.isEmpty()) {
                steps.manual(Phase.PREPARE, "Move " + d.name() + "'s mailboxes from " + names(nodesBefore, left) + " to "
                        + names(nodesAfter, moved), "In stage " + stage + " they live there: the migration batch copies them"
                        + " while mail still arrives at the old place, and completes (its last sync) after the MX moves",
                        "The migration batch shows every mailbox Synced before the cutover and Completed after it",
                        "Stop the batch: the mailboxes at the old place are untouched");
            } else if (!left.isEmpty()) {
                steps.manual(Phase.PREPARE, "Move the last of " + d.name() + "'s mailboxes off " + names(nodesBefore, left),
                        "In stage " + stage + " no mailbox lives there: the last batch completes before any path to it"
                                + " is switched off", "Get-MoveRequest shows every move Completed; no mailbox of "
                                + d.name() + " remains there", "Leave the remaining mailboxes where they are and keep the"
                                + " path to them");
            }
            if (was != null && !moved.isEmpty() && left.isEmpty()) {
                steps.manual(Phase.CUTOVER, "Move " + d.name() + "'s mailboxes to " + names(nodesAfter, moved), "In stage "
                        + stage + " they live there; moved after the mail paths to them work", "Each moved mailbox"
                        + " sends and receives a test message from outside and from the other side",
                        "Move the mailboxes back");
            }
        }
    }

    private static Map<String, Node> byId(Scenario s) {
        Map<String, Node> map = new java.util.HashMap<>();
        s.nodes().forEach(n -> map.putIfAbsent(n.id(), n));
        return map;
    }

    private static boolean hostedInCloud(Map<String, Node> nodes, Domain d) {
        return d.mailboxes().stream().anyMatch(id -> nodes.containsKey(id)
                && nodes.get(id).kind() == NodeKind.CLOUD_SERVICE);
    }

    private static String names(Map<String, Node> nodes, Set<String> ids) {
        return String.join(", ", ids.stream().map(id -> nodes.containsKey(id) ? nodes.get(id).name() : id).toList());
    }

    /** Entries the service is told about apart from a connector: the IP Allow List, and other profiles' lists. */
    void safelist(Report before, Report after) {
        Map<String, SafelistEntry> old = listed(before);
        Map<String, SafelistEntry> now = listed(after);
        for (Map.Entry<String, SafelistEntry> e : now.entrySet()) {
            if (!old.containsKey(e.getKey())) {
                entry(e.getValue(), true);
            }
        }
        for (Map.Entry<String, SafelistEntry> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                entry(e.getValue(), false);
            }
        }
    }

    private void entry(SafelistEntry e, boolean add) {
        Phase phase = add ? Phase.PREPARE : Phase.CLEANUP;
        String title = (add ? "Add " : "Remove ") + String.join(", ", e.entries()) + (add ? " to " : " from ")
                + (e.realizedBy() == RealizedBy.IP_ALLOW_LIST ? "the IP Allow List" : e.list() == null
                ? "the safelist" : "the " + e.list().displayName() + " list");
        String why = add ? e.reason() : "Stage " + stage + " no longer trusts it";
        if (e.realizedBy() == RealizedBy.IP_ALLOW_LIST) {
            steps.powershell(phase, title, why, PowerShellCommand.with(add ? Verb.ALLOW_LIST_ADD
                            : Verb.ALLOW_LIST_REMOVE, e.entries()), "Get-HostedConnectionFilterPolicy -Identity Default"
                            + (add ? " lists " : " no longer lists ") + String.join(", ", e.entries()),
                    (add ? "Remove it from" : "Add it to") + " the IP Allow List again");
        } else {
            steps.manual(phase, title, why + " (" + e.realizedBy().action() + ")", "The list shows the change",
                    add ? "Remove the entry again" : "Enter it again");
        }
    }

    private static Map<String, SafelistEntry> listed(Report r) {
        Map<String, SafelistEntry> map = new LinkedHashMap<>();
        if (r == null) {
            return map;
        }
        for (SafelistEntry e : r.safelist()) {
            boolean separate = e.add() && e.realizedBy() != RealizedBy.CONNECTOR_CERTIFICATE
                    && e.realizedBy() != RealizedBy.CONNECTOR_IP && e.realizedBy() != RealizedBy.NONE;
            if (separate) {
                map.putIfAbsent(e.realizedBy().id() + " " + e.entries(), e);
            }
        }
        return map;
    }

    /** An on-premises MX leaves the service's own MX host open: closed in lockdown, by hand, as the finding says. */
    void directDelivery(Report before, Report after) {
        for (Finding f : after.findings()) {
            if (!DIRECT_DELIVERY.equals(f.code())) {
                continue;
            }
            boolean known = before != null && before.findings().stream().anyMatch(b -> b.code().equals(f.code())
                    && Objects.equals(b.domain(), f.domain()));
            if (!known) {
                steps.manual(Phase.LOCKDOWN, "Close direct delivery to the service's MX host"
                        + (f.domain() == null ? "" : " for " + f.domain()), f.message(), "A test message sent straight"
                        + " to the service's MX host from outside is refused or quarantined", "Remove the rule or"
                        + " restriction again");
            }
        }
    }
}
