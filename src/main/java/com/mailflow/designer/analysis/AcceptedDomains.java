package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.net.DomainName;
import java.util.List;

/**
 * The service accepts a name when it is one of the scenario's domains or below one (a certificate
 * name such as mail.contoso.com, a subdomain) [Identifying email from your email server]. The one
 * decision the certificate rule and the simulation's relay check read.
 */
public final class AcceptedDomains {
    private AcceptedDomains() {
    }

    public static boolean accepts(List<Domain> domains, String name) {
        return name != null && domains.stream().anyMatch(d -> DomainName.isSameOrBelow(name, d.name()));
    }
}
