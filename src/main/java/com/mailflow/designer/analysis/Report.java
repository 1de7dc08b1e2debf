package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Profile;
import com.mailflow.designer.routing.Flow;
import java.util.List;

/**
 * Everything the analyzer derives from one scenario (docs/rules.md).
 *
 * @param submissions how each application sender linked into the cloud service submits its mail
 */
public record Report(String scenario, Profile profile, List<Flow> flows, List<SafelistEntry> safelist,
                     List<Connector> connectors, List<DnsRecord> dns, List<Finding> findings,
                     List<Submission> submissions) {
    public Report {
        flows = List.copyOf(flows);
        safelist = List.copyOf(safelist);
        connectors = List.copyOf(connectors);
        dns = List.copyOf(dns);
        findings = List.copyOf(findings);
        submissions = List.copyOf(submissions);
    }

    /** Whether any finding is as severe as {@code threshold} or worse. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
