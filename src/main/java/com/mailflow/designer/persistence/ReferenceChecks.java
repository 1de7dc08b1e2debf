package com.mailflow.designer.persistence;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.LinkRules;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Stage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules between items (scenario-format.md), which hold in every stage (plan.md section 1):
 * what must exist at all is checked once; what must be present or unique is checked per stage,
 * each message naming the stage. A file without stages is one stage, whose messages name none.
 */
final class ReferenceChecks {
    private final Decoding in;
    private final List<Placed<Node>> nodes;
    private final List<Placed<Domain>> domains;
    private final List<Placed<Link>> links;
    private final Map<String, Node> byId = new HashMap<>();

    ReferenceChecks(Decoding in, List<Placed<Node>> nodes, List<Placed<Domain>> domains, List<Placed<Link>> links) {
        this.in = in;
        this.nodes = nodes;
        this.domains = domains;
        this.links = links;
        nodes.forEach(n -> byId.putIfAbsent(n.item().id(), n.item()));
    }

    /** Whether a node of this id exists in some stage. */
    boolean exists(String id) {
        return byId.containsKey(id);
    }

    void check(List<Stage> stages) {
        checkExistence();
        if (stages.isEmpty()) {
            checkStage(null, n -> true, d -> true, l -> true);
            return;
        }
        Set<String> ids = new HashSet<>();
        stages.forEach(s -> ids.add(s.id()));
        nodes.forEach(n -> checkStageRefs(n.path(), n.item().stages(), ids));
        domains.forEach(d -> checkStageRefs(d.path(), d.item().stages(), ids));
        links.forEach(l -> checkStageRefs(l.path(), l.item().stages(), ids));
        for (Placed<Node> n : nodes) {
            Node first = byId.get(n.item().id());
            if (first.kind() != n.item().kind()) {
                in.problem(Decoding.at(n.path(), "kind"), "the id '" + n.item().id() + "' is a " + first.kind().id()
                        + " in another entry: entries sharing an id are one machine and keep its kind");
            }
        }
        for (Stage s : stages) {
            checkStage(s.id(), n -> n.presentIn(s.id()), d -> d.presentIn(s.id()), l -> l.presentIn(s.id()));
        }
    }

    private void checkStageRefs(String path, List<String> stages, Set<String> declared) {
        if (stages == null) {
            return;
        }
        for (int i = 0; i < stages.size(); i++) {
            if (!declared.contains(stages.get(i))) {
                in.problem(Decoding.at(Decoding.at(path, "stages"), i), "there is no stage '" + stages.get(i) + "'");
            }
        }
    }

    private void checkExistence() {
        for (Placed<Domain> placed : domains) {
            Domain d = placed.item();
            for (int m = 0; m < d.mailboxes().size(); m++) {
                String id = d.mailboxes().get(m);
                Node node = byId.get(id);
                String at = Decoding.at(Decoding.at(placed.path(), "mailboxes"), m);
                if (node == null) {
                    in.problem(at, "there is no node '" + id + "'");
                } else if (!node.kind().canHostMailboxes()) {
                    in.problem(at, "'" + id + "' is a " + node.kind().id()
                            + ": mailboxes live only on a cloud-service or a mail-server");
                }
            }
            if (d.mx() != null && !byId.containsKey(d.mx())) {
                in.problem(Decoding.at(placed.path(), "mx"), "there is no node '" + d.mx() + "'");
            }
        }
        for (Placed<Link> placed : links) {
            Link link = placed.item();
            LinkRules.refuseLink(byId::containsKey, (f, t) -> false, link.from(), link.to())
                    .ifPresent(refusal -> in.problem(refusalPath(placed.path(), link), refusal));
        }
    }

    /** Uniqueness and presence within one stage ({@code stage} null: the one stage of a file without stages). */
    private void checkStage(String stage, Predicate<Node> nodeIn, Predicate<Domain> domainIn, Predicate<Link> linkIn) {
        String prefix = stage == null ? "" : "in stage '" + stage + "': ";
        Set<String> present = new HashSet<>();
        Map<NodeKind, Integer> singletons = new HashMap<>();
        for (Placed<Node> placed : nodes) {
            Node n = placed.item();
            if (!nodeIn.test(n)) {
                continue;
            }
            if (!present.add(n.id())) {
                in.problem(Decoding.at(placed.path(), "id"), prefix + "the id '" + n.id()
                        + "' is used by another node already");
            } else if (n.kind().isSingleton() && singletons.merge(n.kind(), 1, Integer::sum) > 1) {
                in.problem(placed.path(), prefix + "a second " + n.kind().id() + " node: a scenario has only one");
            }
        }
        Set<String> names = new HashSet<>();
        for (Placed<Domain> placed : domains) {
            Domain d = placed.item();
            if (!domainIn.test(d)) {
                continue;
            }
            if (!names.add(d.name().toLowerCase(Locale.ROOT))) {
                in.problem(Decoding.at(placed.path(), "name"), prefix + "the domain '" + d.name() + "' is listed twice");
            }
            for (int m = 0; m < d.mailboxes().size(); m++) {
                absent(present, d.mailboxes().get(m), stage, Decoding.at(Decoding.at(placed.path(), "mailboxes"), m),
                        "its mailbox node");
            }
            if (d.mx() != null) {
                absent(present, d.mx(), stage, Decoding.at(placed.path(), "mx"), "its MX node");
            }
        }
        Set<String> pairs = new HashSet<>();
        for (Placed<Link> placed : links) {
            Link l = placed.item();
            if (!linkIn.test(l) || l.from().equals(l.to())) {
                continue;
            }
            absent(present, l.from(), stage, Decoding.at(placed.path(), "from"), "its end");
            absent(present, l.to(), stage, Decoding.at(placed.path(), "to"), "its end");
            if (!pairs.add(l.from() + "\u0000" + l.to())) {
                in.problem(placed.path(), prefix + "there is already a link from '" + l.from() + "' to '" + l.to()
                        + "'");
            }
        }
    }

    /** A reference to a node that exists but not in this stage (a missing node is reported once, globally). */
    private void absent(Set<String> present, String id, String stage, String path, String what) {
        if (stage != null && byId.containsKey(id) && !present.contains(id)) {
            in.problem(path, "in stage '" + stage + "' " + what + " '" + id + "' is not present");
        }
    }

    private String refusalPath(String path, Link link) {
        if (!link.from().equals(link.to()) && !byId.containsKey(link.from())) {
            return Decoding.at(path, "from");
        }
        if (!link.from().equals(link.to()) && !byId.containsKey(link.to())) {
            return Decoding.at(path, "to");
        }
        return path;
    }
}
