package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AcceptedDomains;
import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.ConnectorType;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.List;

/** Exchange Online accepts certificate-identified mail only when the certificate's domain is accepted [001]. */
public final class CertificateDomainNotAcceptedRule extends BaseRule {
    public CertificateDomainNotAcceptedRule() {
        super("connector.certificate-domain-not-accepted", Severity.WARNING, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Connector c : ctx.connectors()) {
            if (c instanceof InboundConnector in && in.type() == ConnectorType.ON_PREMISES && in.certificate() != null
                    && !AcceptedDomains.accepts(ctx.domains(), in.certificate())) {
                Node node = ctx.node(in.nodes().get(0));
                out.add(List.of(node.id()), null, "The certificate " + in.certificate() + " of " + name(node)
                        + " is not in one of the scenario's domains. Exchange Online accepts its mail only when the"
                        + " sender domain, a recipient domain or the certificate's domain is an accepted domain, and"
                        + " relaying to the Internet needs the certificate's or the sender's domain accepted. Use a"
                        + " certificate named in an accepted domain (e.g. mail." + ctx.domains().stream().findFirst()
                        .map(d -> d.name()).orElse("contoso.com") + ") or add its domain.");
            }
        }
    }
}
