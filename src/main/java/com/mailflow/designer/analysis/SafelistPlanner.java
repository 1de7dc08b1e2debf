package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per address of every org-owned and third-party node [IP safelisting]: only the server
 * that connects to the cloud service is safelisted, never the ones behind it, and never addresses
 * shared with other organizations. Each added row says how the service is told to trust it.
 */
final class SafelistPlanner {
    private SafelistPlanner() {
    }

    static List<SafelistEntry> plan(AnalysisContext ctx) {
        List<SafelistEntry> rows = new ArrayList<>();
        for (Node node : ctx.nodes()) {
            if (!node.kind().isOrgOwned() && !node.kind().isThirdParty() || ctx.addressesOf(node).isEmpty()) {
                continue; // no row, so no type or purpose to word
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
        List<IpAddress> entries = SenderAddresses.entries(address, ctx.profile().widestSafelistPrefix());
        String refusal = refusal(ctx, node, address, entries);
        if (refusal != null) {
            return new SafelistEntry(node.id(), address.canonical(), type, purpose, false, null, RealizedBy.NONE, false,
                    List.of(), refusal);
        }
        SafelistList list = ctx.relaysUnfilteredInternetMail(node) ? SafelistList.GATEWAY_SERVERS
                : SafelistList.INTERNAL_SERVERS;
        RealizedBy by = realizedBy(ctx, node, list);
        return new SafelistEntry(node.id(), address.canonical(), type, purpose, true, list, by,
                by == RealizedBy.IP_ALLOW_LIST, entries.stream().map(IpAddress::canonical).toList(),
                reason(ctx, node, list, by));
    }

    /**
     * Exchange Online: the IP Allow List only for a certificate-identified internal server that
     * carries no Internet mail at all; every other address is trusted through its connector.
     */
    private static RealizedBy realizedBy(AnalysisContext ctx, Node node, SafelistList list) {
        return switch (ctx.profile()) {
            case FOPE -> RealizedBy.FOPE_SAFELIST;
            case GOOGLE_WORKSPACE -> RealizedBy.SMTP_RELAY;
            case EXCHANGE_ONLINE -> {
                boolean byCertificate = ctx.inboundConnectorOf(node)
                        .filter(c -> c.identifyBy() == IdentifyBy.CERTIFICATE).isPresent();
                if (list == SafelistList.INTERNAL_SERVERS && byCertificate && !ctx.isOnInboundFlow(node)) {
                    yield RealizedBy.IP_ALLOW_LIST;
                }
                yield byCertificate ? RealizedBy.CONNECTOR_CERTIFICATE : RealizedBy.CONNECTOR_IP;
            }
        };
    }

    private static String reason(AnalysisContext ctx, Node node, SafelistList list, RealizedBy by) {
        String why = list == SafelistList.GATEWAY_SERVERS
                ? "It relays Internet mail that nobody filtered for spam into the cloud service: gateway servers list."
                : "It connects to the cloud service and carries only mail that originates in the organization or was"
                + " filtered already: internal servers list.";
        if (ctx.profile() != Profile.EXCHANGE_ONLINE) {
            return why;
        }
        if (by == RealizedBy.IP_ALLOW_LIST) {
            return why + " It carries no Internet mail and its connector identifies it by certificate, so its address"
                    + " goes on the connection filter's IP Allow List.";
        }
        return why + " Trust it through its inbound connector, not the connection filter's IP Allow List: "
                + (ctx.isOnInboundFlow(node) ? "an allow-listed address lets the Internet mail it relays skip spam"
                + " filtering." : "Microsoft documents that an allow-listed address also used by an IP-based"
                + " connector is still filtered.");
    }

    /** Why the address is not added, or null when it is. */
    private static String refusal(AnalysisContext ctx, Node node, IpAddress address, List<IpAddress> entries) {
        if (node.kind().isThirdParty()) {
            return "A third-party service's addresses are shared with its other customers: never safelist them"
                    + switch (ctx.profile()) {
                        case EXCHANGE_ONLINE -> "; a Partner connector and Enhanced Filtering for Connectors handle"
                                + " this service.";
                        case GOOGLE_WORKSPACE -> "; the inbound gateway setting handles this service.";
                        case FOPE -> ".";
                    };
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
        if (entries.isEmpty() && address.isIpv6()) {
            return "IPv6 addresses can't go on this safelist: identify the server by certificate or an IPv4 address.";
        }
        if (entries.isEmpty()) {
            return "The range is wider than /" + ctx.profile().widestSafelistPrefix() + ": list the sending hosts or"
                    + " a narrower range instead.";
        }
        return null;
    }
}
