package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Profile;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.SinglePoints;
import java.util.List;

/**
 * Everything the analyzer derives from one scenario (docs/rules.md).
 *
 * @param submissions how each application sender linked into the cloud service submits its mail
 * @param resilience the single points of failure of every inbound, outbound and cross-premises flow,
 *        in flow order (docs/rules.md, Resilience)
 */
public record Report(String scenario, Profile profile, List<Flow> flows, List<SafelistEntry> safelist,
                     List<Connector> connectors, List<DnsRecord> dns, List<Finding> findings,
                     List<Submission> submissions, List<SinglePoints> resilience) {
    public Report {
        resilience = List.copyOf(resilience);
        flows = List.copyOf(flows);
        safelist = List.copyOf(safelist);
        connectors = List.copyOf(connectors);
        dns = List.copyOf(dns);
        findings = List.copyOf(findings);
        submissions = List.copyOf(submissions);
    }

    /** A report without the resilience key (reports built by hand in tests and tools). */
    public Report(String scenario, Profile profile, List<Flow> flows, List<SafelistEntry> safelist,
                  List<Connector> connectors, List<DnsRecord> dns, List<Finding> findings,
                  List<Submission> submissions) {
        this(scenario, profile, flows, safelist, connectors, dns, findings, submissions, List.of());
    }

    /** Whether any finding is as severe as {@code threshold} or worse. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
