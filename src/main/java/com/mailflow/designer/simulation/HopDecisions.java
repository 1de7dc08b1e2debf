package com.mailflow.designer.simulation;

import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.OutboundConnector;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The decisions at one hop of the path, by what sends and what receives. */
final class HopDecisions {
    private HopDecisions() {
    }

    static List<Step> at(Message m, int hop) {
        Node from = m.node(m.path().get(hop));
        Node to = m.node(m.path().get(hop + 1));
        List<Step> steps = new ArrayList<>();
        if (m.isInternet(from.id())) {
            steps.add(Step.of(StepKind.MX_LOOKUP, Verdict.PASS, Narrative.mxLookup(domainReceiving(m), mxValue(m), to),
                    Source.PRACTICES));
            if (hop > 0 && m.senderDomain() != null) {
                steps.add(SpfCheck.evaluate(m.report(), m.senderDomain(), m.node(m.path().get(hop - 1))));
            } else if (m.isCloud(to.id())) {
                steps.add(Step.of(StepKind.CONNECTION_FILTER, Verdict.NOTE, Narrative.directFromInternet(to),
                        Source.PRACTICES));
            }
        } else if (m.isInternet(to.id())) {
            steps.add(Step.of(StepKind.MX_LOOKUP, Verdict.PASS, Narrative.leaves(from, m.toOutside()), Source.PRACTICES));
            if (from.kind().isOrgOwned() && !from.reverseDns().orElse(false)) {
                steps.add(Step.of(StepKind.HANDOFF, Verdict.WARN, Narrative.noReverseDns(from), Source.IP_SAFELISTING));
            }
            if (m.toOutside() && m.senderDomain() != null) {
                steps.add(SpfCheck.evaluate(m.report(), m.senderDomain(), from));
            }
        } else if (m.isCloud(to.id())) {
            steps.addAll(CloudIngress.decide(m, hop));
        } else if (m.isCloud(from.id())) {
            Optional<OutboundConnector> c = m.report().connectors().stream().filter(x -> x instanceof OutboundConnector)
                    .map(x -> (OutboundConnector) x).filter(x -> x.nodes().contains(to.id())).findFirst();
            steps.add(Step.of(StepKind.OUTBOUND_CONNECTOR, Verdict.PASS, Narrative.outboundConnector(to, c.orElse(null)),
                    Source.CONNECTORS));
        } else {
            steps.add(Step.of(StepKind.HANDOFF, Verdict.PASS, Narrative.handoff(from, to), Source.IP_SAFELISTING));
            if (to.filtersSpam() && m.cameFromInternetBefore(hop + 1)) {
                steps.add(Step.of(StepKind.CONNECTION_FILTER, Verdict.NOTE, Narrative.filters(to), Source.IP_SAFELISTING));
            }
        }
        return steps;
    }

    /** The domain whose MX the hop from the Internet follows: the recipient's. */
    private static String domainReceiving(Message m) {
        return m.recipient();
    }

    private static String mxValue(Message m) {
        return m.report().dns().stream().filter(r -> r.purpose() == RecordPurpose.MX && r.domain().equals(m.recipient()))
                .map(DnsRecord::value).findFirst().orElse(null);
    }
}
