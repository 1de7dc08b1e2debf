package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.Rule;
import java.util.List;

/** Every rule, in the order of docs/rules.md, "Findings" (findings are listed in this order). */
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
                new RangeSplitRule(),
                new AddressDynamicRule(),
                new AddressMissingRule(),
                new ReverseDnsMissingRule(),
                new OpenRelayRiskRule(),
                new MailboxUnreachableRule(),
                new MxNotCloudRule(),
                new MxNoHostnameRule(),
                new CentralizedDeadEndRule(),
                new OutboundUnreachableRule(),
                new CrossPremisesUnreachableRule(),
                new InternalUnreachableRule(),
                new SpfLookupsExceededRule(),
                new SpfTooLongRule(),
                new SpfSoftfailRule(),
                new SpfNoEgressRule(),
                new DkimNotSignedRule(),
                new CertificateDomainNotAcceptedRule(),
                new ConnectorNoIdentityRule(),
                new ConnectorPartialIdentityRule(),
                new HybridUseHcwRule(),
                new MxDirectDeliveryOpenRule(),
                new AppSharesUserGatewayRule(),
                new AppUsesUserDomainRule(),
                new DomainUnknownSenderRule(),
                new DomainNoReplyPathRule(),
                new DeviceSubmissionRule(),
                new HybridModifyingHopRule(),
                new NodeDisconnectedRule(),
                new ScenarioNoInternetRule(),
                new ResilienceSinglePointRule());
    }
}
