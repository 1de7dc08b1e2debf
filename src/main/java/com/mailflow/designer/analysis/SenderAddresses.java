package com.mailflow.designer.analysis;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The one decision about which addresses a list of Exchange Online takes (SenderIPAddresses, the
 * IP Allow List): IPv4 from /24 to /32; a range from /16 to /23 as its /24 blocks, in order; nothing
 * wider, and no IPv6. Every rule and export reads the result instead of deciding again.
 *
 * @param listed what the list holds, canonical
 * @param leftOut the node's addresses it can't hold, canonical, in the node's order
 */
record SenderAddresses(List<String> listed, List<String> leftOut) {
    static final int BLOCK = 24;
    static final SenderAddresses NONE = new SenderAddresses(List.of(), List.of());

    /** How one address is entered on a list that takes IPv4 ranges up to {@code widest} (0: anything). */
    static List<IpAddress> entries(IpAddress address, int widest) {
        if (widest == 0) {
            return List.of(address);
        }
        if (!address.isIpv4() || address.prefixLength() < widest) {
            return List.of();
        }
        return address.blocks(BLOCK);
    }

    /**
     * For an IP-identified connector of the node: an OnPremises connector also leaves out private
     * addresses and every address of a node whose addresses are shared.
     */
    static SenderAddresses of(AnalysisContext ctx, Node node, boolean onPremises) {
        List<String> listed = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        int widest = ctx.profile().widestSafelistPrefix();
        for (IpAddress a : ctx.addressesOf(node)) {
            List<IpAddress> entries = onPremises && (node.sharedAddresses() || !a.isPublic()) ? List.of()
                    : entries(a, widest);
            if (entries.isEmpty()) {
                leftOut.add(a.canonical());
            }
            for (IpAddress e : entries) {
                listed.add(e.canonical());
            }
        }
        return new SenderAddresses(listed, leftOut);
    }
}
