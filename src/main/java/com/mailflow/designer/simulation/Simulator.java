package com.mailflow.designer.simulation;

import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import com.mailflow.designer.routing.LinkEnds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends one message through a design along the flow its analysis computed, hop by hop, and says
 * what each system decides, up to delivery or to the hop where a real message would fail.
 */
public final class Simulator {
    /** The recipient that is not in the design: anyone on the Internet. */
    public static final String OUTSIDE = "outside";

    private final ScenarioIndex index;
    private final Report report;

    private final Set<String> down;
    private final Set<LinkEnds> downLinks;

    private Simulator(Scenario scenario, Report report, Set<String> down) {
        this(scenario, report, down, Set.of());
    }

    private Simulator(Scenario scenario, Report report, Set<String> down, Set<LinkEnds> downLinks) {
        this.index = ScenarioIndex.of(scenario);
        this.report = report;
        this.down = Set.copyOf(down);
        this.downLinks = Set.copyOf(downLinks);
    }

    /**
     * @param scenario the single-stage scenario that {@code report} analysed
     * @param to a domain of the scenario (any case) or {@link #OUTSIDE}
     * @throws IllegalArgumentException naming what is wrong with {@code from} or {@code to}
     */
    public static Simulation simulate(Scenario scenario, Report report, String from, String to) {
        return new Simulator(scenario, report, Set.of()).run(from, to, null);
    }

    /** The same, with the message sent as {@code senderDomain} (null: the domain the node sends as). */
    public static Simulation simulate(Scenario scenario, Report report, String from, String to, String senderDomain) {
        return new Simulator(scenario, report, Set.of()).run(from, to, senderDomain);
    }

    /**
     * The same while the nodes {@code down} are failed (training's what-if): the design is unchanged,
     * so the message still takes its flow, and stops at the first hop into a node that is down.
     */
    public static Simulation simulate(Scenario scenario, Report report, String from, String to, Set<String> down) {
        return simulate(scenario, report, from, to, down, Set.of());
    }

    /** The same with links down too: the message stops at the first hop over a failed link or into a failed node. */
    public static Simulation simulate(Scenario scenario, Report report, String from, String to, Set<String> down,
                                      Set<LinkEnds> downLinks) {
        return new Simulator(scenario, report, down, downLinks).run(from, to, null);
    }

    private Simulation run(String from, String to, String as) {
        Node sender = index.node(from).orElseThrow(() -> new IllegalArgumentException(
                "no node '" + from + "' in the scenario; its nodes are " + index.nodes().stream().map(Node::id).toList()));
        String recipient = recipient(to);
        boolean outsideSender = sender.kind() == NodeKind.INTERNET;
        if (outsideSender && recipient.equals(OUTSIDE)) {
            throw new IllegalArgumentException("a message from the Internet to outside never enters this design;"
                    + " choose one of its domains as the recipient");
        }
        String senderDomain = outsideSender ? null : as != null ? as : senderDomain(sender);
        if (!outsideSender && !recipient.equals(OUTSIDE) && hostsMailboxesOf(sender, recipient)) {
            Step local = Step.of(StepKind.DELIVERY, Verdict.PASS, Narrative.localDelivery(sender, recipient), Source.PRACTICES);
            return new Simulation(index.scenario().name(), from, recipient, senderDomain, null,
                    List.of(new Hop(from, from, List.of(local))));
        }
        Optional<Flow> flow = flow(sender, recipient, senderDomain);
        if (flow.isEmpty()) {
            Step none = Step.fail(StepKind.ROUTE, Narrative.noRoute(sender, recipient, why(sender)), Source.PRACTICES,
                    Ndr.EXPIRED);
            return new Simulation(index.scenario().name(), from, recipient, senderDomain, null,
                    List.of(new Hop(from, from, List.of(none))));
        }
        Message m = new Message(index, report, senderDomain, recipient, flow.get().path());
        List<Hop> hops = new ArrayList<>();
        for (int i = 0; i + 1 < m.path().size(); i++) {
            Optional<Step> failed = failedHop(m, i);
            List<Step> steps = new ArrayList<>(failed.isPresent() ? List.of(failed.get()) : HopDecisions.at(m, i));
            Hop hop = new Hop(m.path().get(i), m.path().get(i + 1), steps);
            if (!hop.fails() && i + 2 == m.path().size()) {
                steps.add(Step.of(StepKind.DELIVERY, Verdict.PASS,
                        Narrative.delivered(m.node(hop.to()), recipient), Source.PRACTICES));
                hop = new Hop(hop.from(), hop.to(), steps);
            }
            hops.add(hop);
            if (hop.fails()) {
                break;
            }
        }
        return new Simulation(index.scenario().name(), from, recipient, senderDomain, flow.get(), hops);
    }

    /** The failure at hop {@code i} when training failed its link or the node it leads to. */
    private Optional<Step> failedHop(Message m, int i) {
        String from = m.path().get(i);
        String next = m.path().get(i + 1);
        if (down.contains(next)) {
            return Optional.of(Step.fail(StepKind.ROUTE, Narrative.down(m.node(next)), Source.PRACTICES, Ndr.EXPIRED));
        }
        if (downLinks.contains(new LinkEnds(from, next))) {
            return Optional.of(Step.fail(StepKind.ROUTE, Narrative.linkDown(m.node(from), m.node(next)), Source.PRACTICES,
                    Ndr.EXPIRED));
        }
        return Optional.empty();
    }

    private String recipient(String to) {
        if (to.equalsIgnoreCase(OUTSIDE)) {
            return OUTSIDE;
        }
        return index.scenario().domains().stream().map(Domain::name).filter(d -> d.equalsIgnoreCase(to)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + to + "' is neither 'outside' nor a domain of the"
                        + " scenario; its domains are " + index.scenario().domains().stream().map(Domain::name).toList()));
    }

    /**
     * The domain in the message's From address: the first the node says it sends as (even one the
     * tenant does not have: that is what the relay check is for), else its first outbound flow's,
     * else a domain it hosts mailboxes of, else the file's first.
     */
    private String senderDomain(Node sender) {
        return sender.sends().flatMap(s -> s.stream().findFirst())
                .or(() -> report.flows().stream().filter(f -> f.kind() == FlowKind.OUTBOUND && f.from().equals(sender.id()))
                        .map(Flow::domain).findFirst())
                .or(() -> index.scenario().domains().stream().filter(d -> d.mailboxes().contains(sender.id()))
                        .map(Domain::name).findFirst())
                .orElse(index.scenario().domains().isEmpty() ? null : index.scenario().domains().get(0).name());
    }

    private boolean hostsMailboxesOf(Node node, String domain) {
        return index.scenario().domains().stream().anyMatch(d -> d.name().equals(domain)
                && d.mailboxes().contains(node.id()));
    }

    private Optional<Flow> first(FlowKind kind, String domain, String from) {
        return report.flows().stream().filter(f -> f.kind() == kind && f.domain().equals(domain)
                && (from == null || f.from().equals(from))).findFirst();
    }

    /** A sender has one way out whatever the domain; the flow of its sender domain when there is one. */
    private Optional<Flow> outbound(Node sender, String senderDomain) {
        return first(FlowKind.OUTBOUND, senderDomain, sender.id()).or(() -> report.flows().stream()
                .filter(f -> f.kind() == FlowKind.OUTBOUND && f.from().equals(sender.id())).findFirst());
    }

    private Optional<Flow> flow(Node sender, String recipient, String senderDomain) {
        if (recipient.equals(OUTSIDE)) {
            return outbound(sender, senderDomain);
        }
        if (sender.kind() == NodeKind.INTERNET) {
            return first(FlowKind.INBOUND, recipient, null);
        }
        Optional<Flow> direct = first(FlowKind.CROSS_PREMISES, recipient, sender.id())
                .or(() -> first(FlowKind.INTERNAL, recipient, sender.id()));
        if (direct.isPresent()) {
            return direct;
        }
        // No way inside the organization: out to the Internet and back in through the domain's MX.
        Optional<Flow> out = outbound(sender, senderDomain);
        Optional<Flow> in = first(FlowKind.INBOUND, recipient, null);
        if (out.isEmpty() || in.isEmpty()) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>(out.get().path());
        path.addAll(in.get().path().subList(1, in.get().path().size()));
        return Optional.of(new Flow(FlowKind.INTERNAL, recipient, sender.id(), in.get().to(), path));
    }

    /** The analysis's own word on why the node's mail has no way: the first finding about it that says so. */
    private String why(Node sender) {
        return report.findings().stream()
                .filter(f -> f.nodes().contains(sender.id()) && (f.code().endsWith("unreachable")
                        || f.code().equals("outbound.centralized-dead-end") || f.code().equals("spf.no-egress")))
                .map(Finding::message).findFirst()
                .orElseGet(() -> report.findings().stream().filter(f -> f.code().equals("scenario.no-internet")
                        || f.code().equals("mailbox.unreachable")).map(Finding::message).findFirst().orElse(null));
    }
}
