package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.Rule;
import java.util.List;

/** Every rule, in the order of analysis.md section 7 (findings are listed in this order). */
public final class RuleBook {
    private RuleBook() {
    }

    public static List<Rule> standard() {
        return List.of(
                new AddressNotPublicRule(),
                new AddressDocumentationRule(),
                new AddressSharedRule(),
                new Ipv6UnsupportedRule(),
                new RangeTooBroadRule(),
                new AddressDynamicRule(),
                new AddressMissingRule(),
                new ReverseDnsMissingRule(),
                new OpenRelayRiskRule(),
                new MailboxUnreachableRule(),
                new MxNotCloudRule(),
                new MxNoHostnameRule(),
                new OutboundUnreachableRule(),
                new CrossPremisesUnreachableRule(),
                new InternalUnreachableRule(),
                new SpfLookupsExceededRule(),
                new SpfTooLongRule(),
                new SpfSoftfailRule(),
                new CertificateDomainNotAcceptedRule(),
                new ConnectorNoIdentityRule(),
                new AppSharesUserGatewayRule(),
                new AppUsesUserDomainRule(),
                new DomainUnknownSenderRule(),
                new DeviceSubmissionRule(),
                new HybridModifyingHopRule(),
                new NodeDisconnectedRule());
    }
}
