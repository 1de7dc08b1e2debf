package com.mailflow.designer.simulation;

import com.mailflow.designer.analysis.AcceptedDomains;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.Submission;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the cloud service decides when a node of the design hands it a message: how it recognizes
 * the sender (SMTP AUTH, the inbound connector the analysis planned, by certificate or address),
 * the connection filter and safelist rows the analysis wrote, Enhanced Filtering, and whether it
 * relays the message on to the Internet. It reads the analysis's connectors, safelist and
 * submissions; it decides nothing they already decided.
 */
final class CloudIngress {
    private final Message m;
    private final int hop;
    private final Node sender;
    private final List<Step> steps = new ArrayList<>();

    private CloudIngress(Message m, int hop) {
        this.m = m;
        this.hop = hop;
        this.sender = m.node(m.path().get(hop));
    }

    /** The decisions at the hop from path[hop] into the cloud service. */
    static List<Step> decide(Message m, int hop) {
        CloudIngress in = new CloudIngress(m, hop);
        in.run();
        return in.steps;
    }

    private boolean senderDomainAccepted() {
        return AcceptedDomains.accepts(m.index().scenario().domains(), m.senderDomain());
    }

    private void run() {
        boolean smtpAuth = m.report().submissions().stream()
                .anyMatch(s -> s.node().equals(sender.id()) && s.method() == Submission.Method.SMTP_AUTH);
        if (smtpAuth) {
            if (!senderDomainAccepted()) {
                steps.add(Step.fail(StepKind.CONNECTOR, Narrative.sendAsDenied(sender, m.senderDomain()), Source.DEVICES,
                        Ndr.SEND_AS_DENIED));
            } else {
                steps.add(Step.of(StepKind.CONNECTOR, Verdict.PASS, Narrative.smtpAuth(sender), Source.DEVICES));
            }
            return;
        }
        Optional<InboundConnector> connector = m.report().connectors().stream()
                .filter(c -> c instanceof InboundConnector).map(c -> (InboundConnector) c)
                .filter(c -> c.nodes().contains(sender.id())).findFirst();
        if (connector.isEmpty()) {
            unidentified();
            return;
        }
        if (!matches(connector.get())) {
            return;
        }
        connectionFilter();
        enhancedFiltering(connector.get());
        relay(connector.get());
    }

    private void unidentified() {
        if (m.report().profile() != Profile.EXCHANGE_ONLINE) {
            boolean listed = rows().stream().anyMatch(SafelistEntry::add);
            steps.add(Step.of(StepKind.CONNECTION_FILTER, listed ? Verdict.PASS : Verdict.WARN,
                    Narrative.profileSafelist(sender, m.report().profile(), listed), Source.IP_SAFELISTING));
            return;
        }
        if (m.leavesAfter(hop + 1)) {
            steps.add(Step.fail(StepKind.RELAY, Narrative.anonymousRelay(sender), Source.NDR_REFERENCE,
                    Ndr.UNABLE_TO_RELAY));
        } else {
            steps.add(Step.of(StepKind.CONNECTOR, Verdict.WARN, Narrative.anonymous(sender), Source.CONNECTORS));
        }
    }

    /** Whether the connector recognizes the sender; when not, adds what a real message meets. */
    private boolean matches(InboundConnector c) {
        IpAddress address = SendingAddress.of(sender);
        if (c.identifyBy() == IdentifyBy.CERTIFICATE) {
            steps.add(Step.of(StepKind.CONNECTOR, Verdict.PASS, Narrative.certificateMatch(sender, c), Source.CONNECTORS));
            return true;
        }
        if (SendingAddress.listed(c.senderIpAddresses(), address)) {
            steps.add(Step.of(StepKind.CONNECTOR, Verdict.PASS, Narrative.addressMatch(sender, c, address),
                    Source.CONNECTORS));
            return true;
        }
        String text = Narrative.addressMismatch(sender, c, address);
        if (m.leavesAfter(hop + 1)) {
            steps.add(Step.fail(StepKind.CONNECTOR, text + Narrative.relayDenied(), Source.TENANT_ATTRIBUTION,
                    Ndr.TENANT_ATTRIBUTION));
            return false;
        }
        boolean relaysForOthers = sender.kind() == NodeKind.MAIL_SERVER || sender.kind() == NodeKind.GATEWAY
                || sender.kind().isThirdParty();
        if (relaysForOthers) {
            steps.add(Step.fail(StepKind.CONNECTOR, text + Narrative.throttled(sender), Source.IP_THROTTLING,
                    Ndr.ACCESS_DENIED));
            return false;
        }
        steps.add(Step.of(StepKind.CONNECTOR, Verdict.WARN, text + Narrative.treatedAsInternetMail(), Source.CONNECTORS));
        return true;
    }

    private List<SafelistEntry> rows() {
        return m.report().safelist().stream().filter(r -> r.node().equals(sender.id())).toList();
    }

    private void connectionFilter() {
        List<SafelistEntry> added = rows().stream().filter(SafelistEntry::add).toList();
        if (added.isEmpty()) {
            return;
        }
        boolean allow = added.stream().anyMatch(SafelistEntry::allowList);
        steps.add(Step.of(StepKind.CONNECTION_FILTER, allow ? Verdict.PASS : Verdict.NOTE,
                Narrative.safelist(sender, added.get(0), allow), allow ? Source.CONNECTION_FILTERING : Source.IP_SAFELISTING));
    }

    private void enhancedFiltering(InboundConnector c) {
        if (!m.cameFromInternetBefore(hop + 1)) {
            return;
        }
        if (c.enhancedFiltering()) {
            steps.add(Step.of(StepKind.ENHANCED_FILTERING, Verdict.PASS, Narrative.enhancedFiltering(c),
                    Source.ENHANCED_FILTERING));
        } else {
            steps.add(Step.of(StepKind.ENHANCED_FILTERING, Verdict.WARN, Narrative.noEnhancedFiltering(sender),
                    Source.PRACTICES));
        }
    }

    private void relay(InboundConnector c) {
        if (!m.leavesAfter(hop + 1)) {
            return;
        }
        boolean certificateAccepted = c.identifyBy() == IdentifyBy.CERTIFICATE
                && AcceptedDomains.accepts(m.index().scenario().domains(), c.certificate());
        if (senderDomainAccepted() || certificateAccepted) {
            steps.add(Step.of(StepKind.RELAY, Verdict.PASS,
                    Narrative.relayAllowed(m.senderDomain(), senderDomainAccepted(), c.certificate()), Source.CONNECTORS));
        } else {
            steps.add(Step.fail(StepKind.RELAY, Narrative.relayRefused(m.senderDomain(), c), Source.CONNECTORS,
                    Ndr.UNABLE_TO_RELAY));
        }
    }
}
