package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per address of every org-owned and third-party node [000_68440aab94c74924.txt]:
 * only the server that connects to the cloud service is safelisted, never the ones behind it,
 * and never addresses shared with other organizations.
 */
final class SafelistPlanner {
    private SafelistPlanner() {
    }

    static List<SafelistEntry> plan(AnalysisContext ctx) {
        List<SafelistEntry> rows = new ArrayList<>();
        for (Node node : ctx.nodes()) {
            if (!node.kind().isOrgOwned() && !node.kind().isThirdParty()) {
                continue;
            }
            String type = ServerRoles.type(node);
            String purpose = ServerRoles.purpose(ctx, node);
            for (IpAddress address : ctx.addressesOf(node)) {
                rows.add(row(ctx, node, address, type, purpose));
            }
        }
        return rows;
    }

    private static SafelistEntry row(AnalysisContext ctx, Node node, IpAddress address, String type, String purpose) {
        String refusal = refusal(ctx, node, address);
        if (refusal != null) {
            return new SafelistEntry(node.id(), address.canonical(), type, purpose, false, null, refusal);
        }
        boolean unfiltered = ctx.relaysUnfilteredInternetMail(node);
        SafelistList list = unfiltered ? SafelistList.GATEWAY_SERVERS : SafelistList.INTERNAL_SERVERS;
        return new SafelistEntry(node.id(), address.canonical(), type, purpose, true, list, reason(ctx, unfiltered));
    }

    private static String reason(AnalysisContext ctx, boolean unfiltered) {
        boolean exo = ctx.profile() == Profile.EXCHANGE_ONLINE;
        if (unfiltered) {
            return "It relays Internet mail that nobody filtered for spam into the cloud service: gateway servers list."
                    + (exo ? " Do not put it on the connection filter's IP Allow List: that would let unfiltered"
                    + " Internet mail skip spam filtering." : "");
        }
        return "It connects to the cloud service and carries only mail that originates in the organization or was"
                + " filtered already: internal servers list." + (exo ? " It may also go on the IP Allow List." : "");
    }

    /** Why the address is not added, or null when it is. */
    private static String refusal(AnalysisContext ctx, Node node, IpAddress address) {
        if (node.kind().isThirdParty()) {
            return "A third-party service's addresses are shared with its other customers: never safelist them;"
                    + " a Partner connector and Enhanced Filtering for Connectors handle this service.";
        }
        if (!ctx.linksIntoCloud(node)) {
            return "It does not connect to the cloud service itself: only the server that does is safelisted,"
                    + " not the servers behind it.";
        }
        if (ctx.submitsWithSmtpAuth(node)) {
            return "It signs in with SMTP AUTH (OAuth 2.0 over TLS 1.2) to submit its mail, so it needs no safelist"
                    + " entry and no connector.";
        }
        if (!address.isPublic()) {
            return "Not a public address: enter the address the cloud service sees after NAT.";
        }
        if (node.sharedAddresses()) {
            return "The address is shared with other organizations, so it can't identify this one.";
        }
        if (ctx.profile().requiresNarrowIpv4() && address.isIpv6()) {
            return "IPv6 addresses can't go on this safelist: identify the server by certificate or an IPv4 address.";
        }
        if (ctx.profile().requiresNarrowIpv4() && address.isWiderThan24()) {
            return "The range is wider than /24: list the sending hosts or a /24 or narrower range instead.";
        }
        return null;
    }
}
