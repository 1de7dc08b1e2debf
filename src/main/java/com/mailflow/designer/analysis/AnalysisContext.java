package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import com.mailflow.designer.net.IpAddress;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.MxChoice;
import com.mailflow.designer.routing.Resilience;
import com.mailflow.designer.routing.Routing;
import com.mailflow.designer.routing.SinglePoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The facts every rule and planner reads, derived once per analysis. */
public final class AnalysisContext {
    private final ScenarioIndex index;
    private final Routing routing;
    /** Parsed address lists by list identity: rules ask for the same node's many times in a run. */
    private final Map<List<String>, List<IpAddress>> addresses = new IdentityHashMap<>();
    private final ParsedAddresses parsed;
    private final Set<String> intoCloud = new HashSet<>();
    private final Set<String> fromInternet = new HashSet<>();
    private final Set<String> toInternet = new HashSet<>();
    private final Set<String> linked = new HashSet<>();
    private final FlowFacts flows;
    private Map<String, InboundConnector> inboundByNode;
    private final Map<String, List<String>> senders = new HashMap<>();
    private final Map<String, SpfRecord> spf = new HashMap<>();
    private List<Connector> connectors;
    private List<SafelistEntry> safelist;
    private List<Submission> submissions;
    private List<SinglePoints> resilience;

    AnalysisContext(ScenarioIndex index, Routing routing, ParsedAddresses parsed) {
        this.index = index;
        this.routing = routing;
        this.parsed = parsed;
        String cloud = index.cloudService().map(Node::id).orElse(null);
        String internet = index.internet().map(Node::id).orElse(null);
        for (Link link : index.scenario().links()) {
            linked.add(link.from());
            linked.add(link.to());
            if (link.to().equals(cloud)) {
                intoCloud.add(link.from());
            }
            if (link.from().equals(internet)) {
                fromInternet.add(link.to());
            }
            if (link.to().equals(internet)) {
                toInternet.add(link.from());
            }
        }
        this.flows = new FlowFacts(index, routing);
        for (Domain d : index.scenario().domains()) {
            senders.put(d.name(), routing.sendersOf(d.name()));
        }
    }

    public Scenario scenario() {
        return index.scenario();
    }

    public ScenarioIndex index() {
        return index;
    }

    public Profile profile() {
        return index.scenario().effectiveProfile();
    }

    public Routing routing() {
        return routing;
    }

    public List<Node> nodes() {
        return index.nodes();
    }

    public Optional<Node> cloud() {
        return index.cloudService();
    }

    public Node node(String id) {
        return index.node(id).orElseThrow(() -> new IllegalArgumentException("no node " + id));
    }

    /** The node's addresses, parsed; text that does not parse (a model the loader never saw) is left out. */
    public List<IpAddress> addressesOf(Node node) {
        List<String> texts = node.addresses();
        List<IpAddress> known = addresses.get(texts);
        if (known == null) {
            known = parsed.parseAll(texts);
            addresses.put(texts, known);
        }
        return known;
    }

    public boolean linksIntoCloud(Node node) {
        return intoCloud.contains(node.id());
    }

    public boolean receivesFromInternet(Node node) {
        return fromInternet.contains(node.id());
    }

    public boolean sendsToInternet(Node node) {
        return toInternet.contains(node.id());
    }

    public boolean hasLinks(Node node) {
        return linked.contains(node.id());
    }

    /** The node is the last hop before the Internet on some outbound flow. */
    public boolean isInternetEgress(Node node) {
        return flows.egress.contains(node.id());
    }

    /** Internet mail reaches the cloud service through this node (another hop than the MX entry itself). */
    public boolean isBeforeCloudOnInbound(Node node) {
        return flows.beforeCloudOnInbound.contains(node.id());
    }

    /**
     * The cloud service signs the domain's mail with DKIM: it hosts the domain's mailboxes, or an
     * outbound flow of the domain passes it.
     */
    public boolean signsInCloud(Domain d) {
        return cloud().isPresent() && (d.mailboxes().contains(cloud().get().id()) || flows.passCloud.contains(d.name()));
    }

    /** The domain's MX entry when the cloud service holds its mailboxes but the MX points elsewhere. */
    public Optional<Node> mxEntryAwayFromCloud(Domain d) {
        Optional<Node> cloud = cloud();
        if (cloud.isEmpty() || !d.mailboxes().contains(cloud.get().id())) {
            return Optional.empty();
        }
        return routing.mxOf(d.name()).flatMap(MxChoice::entryNode).filter(e -> !e.equals(cloud.get().id()))
                .map(this::node);
    }

    /** The cloud service relays this sender's mail (outbound or internal, not out and back in). */
    boolean cloudRelays(String sender) {
        return flows.relayedByCloud.contains(sender);
    }

    /** The nodes that hand this sender's mail to the cloud service, in flow order, repeats possible. */
    List<String> handedToCloud(String sender) {
        return flows.handedToCloudBy.getOrDefault(sender, List.of());
    }

    /** Some inbound flow passes the node: it carries Internet mail, filtered or not. */
    public boolean isOnInboundFlow(Node node) {
        return flows.onInbound.contains(node.id());
    }

    /**
     * What Enhanced Filtering looks past on the node's connector: every public address of every node
     * between the Internet and the cloud service on the inbound flows that enter through it, in path
     * order, each once (IPv4 and IPv6, ranges of any size).
     */
    List<String> skipAddressesBefore(Node node) {
        Set<String> skip = new LinkedHashSet<>();
        String cloud = index.cloudService().map(Node::id).orElse(null);
        for (Flow flow : flows.inboundVia.getOrDefault(node.id(), List.of())) {
            List<String> path = flow.path();
            for (int i = 1; i < path.size() && !path.get(i).equals(cloud); i++) {
                for (IpAddress a : addressesOf(node(path.get(i)))) {
                    if (a.isPublic()) {
                        skip.add(a.canonical());
                    }
                }
            }
        }
        return List.copyOf(skip);
    }

    /**
     * One end of a hybrid connector pair: next to the cloud service on a cross-premises flow, or an
     * Exchange server hosting mailboxes of a domain whose mailboxes are also in the cloud.
     */
    public boolean isHybridEnd(Node node) {
        if (flows.hybridEnds.contains(node.id())) {
            return true;
        }
        if (node.kind() != NodeKind.MAIL_SERVER || cloud().isEmpty()) {
            return false;
        }
        String cloudId = cloud().get().id();
        return index.domainsHostedBy(node.id()).stream().anyMatch(d -> d.mailboxes().contains(cloudId));
    }

    /** It hands the cloud service Internet mail that no node on the way filtered. */
    public boolean relaysUnfilteredInternetMail(Node node) {
        return flows.unfilteredIntoCloud.contains(node.id());
    }

    /** Senders of the domain in node order (docs/rules.md, Flows). */
    public List<String> sendersOf(Domain domain) {
        return senders.getOrDefault(domain.name(), List.of());
    }

    /** Org-owned nodes the cloud service identifies by address: linked into it without a certificate. */
    public boolean isIpIdentified(Node node) {
        return node.kind().isOrgOwned() && linksIntoCloud(node) && node.certificate().isEmpty()
                && !submitsWithSmtpAuth(node);
    }

    /**
     * An application or device that signs in with SMTP AUTH (OAuth 2.0 over TLS 1.2) to submit its
     * mail: it needs no connector and no safelist entry (device.submission's smtp-auth option).
     */
    public boolean submitsWithSmtpAuth(Node node) {
        return node.kind().isApplicationSender() && node.canAuthenticate() && node.tls12() && linksIntoCloud(node);
    }

    public List<Domain> domains() {
        return index.scenario().domains();
    }

    /** Egress nodes of a domain's senders, in sender order, each once. */
    public List<Node> egressesOf(Domain domain) {
        List<String> ids = routing.egressesOf(domain.name());
        List<Node> nodes = new ArrayList<>(ids.size());
        for (String id : ids) {
            nodes.add(node(id));
        }
        return nodes;
    }

    /** The domain's SPF policy, built once (the DNS plan and the SPF rules both read it). */
    SpfRecord spf(Domain domain) {
        return spf.computeIfAbsent(domain.name(),
                n -> SpfBuilder.build(this, domain, !domain.hasMailboxes() && sendersOf(domain).isEmpty()));
    }

    /** The connectors the profile calls for, planned once. */
    public List<Connector> connectors() {
        if (connectors == null) {
            connectors = ConnectorPlanner.plan(this);
        }
        return connectors;
    }

    /** How each application sender linked into the cloud service submits (Exchange Online only), in node order. */
    public List<Submission> submissions() {
        if (submissions != null) {
            return submissions;
        }
        if (profile() != Profile.EXCHANGE_ONLINE) {
            return submissions = List.of();
        }
        List<Submission> out = new ArrayList<>();
        for (Node node : nodes()) {
            if (node.kind().isApplicationSender() && linksIntoCloud(node)) {
                out.add(new Submission(node.id(), submitsWithSmtpAuth(node) ? Submission.Method.SMTP_AUTH
                        : Submission.Method.SMTP_RELAY));
            }
        }
        return submissions = List.copyOf(out);
    }

    /** The single points of failure of the inbound, outbound and cross-premises flows, found once. */
    public List<SinglePoints> resilience() {
        if (resilience == null) {
            resilience = Resilience.of(index, routing);
        }
        return resilience;
    }

    /** The safelist rows, planned once. */
    public List<SafelistEntry> safelist() {
        if (safelist == null) {
            safelist = SafelistPlanner.plan(this);
        }
        return safelist;
    }

    /** The inbound connector that identifies this node, if any. */
    public Optional<InboundConnector> inboundConnectorOf(Node node) {
        if (inboundByNode == null) {
            inboundByNode = new HashMap<>();
            for (Connector c : connectors()) {
                if (c instanceof InboundConnector in) {
                    in.nodes().forEach(id -> inboundByNode.putIfAbsent(id, in));
                }
            }
        }
        return Optional.ofNullable(inboundByNode.get(node.id()));
    }

    /** Internet-bound mail leaves the cloud service through this node (an outbound flow has the hop). */
    public boolean takesMailLeavingCloud(Node node) {
        return flows.afterCloudOutbound.contains(node.id());
    }

    /** Public SPF view for rules outside this package. */
    public int spfLookups(Domain domain) {
        return spf(domain).lookups();
    }

    /** The domain's SPF record, or null when it gets none (no term could authorize its senders). */
    public String spfValue(Domain domain) {
        return spf(domain).value();
    }

    /** Sends mail: at least one node is a sender of the domain. */
    public boolean sends(Domain domain) {
        return !sendersOf(domain).isEmpty();
    }

    public boolean isCloud(Node node) {
        return node.kind() == NodeKind.CLOUD_SERVICE;
    }
}
