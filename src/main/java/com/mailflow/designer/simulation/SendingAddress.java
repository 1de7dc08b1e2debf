package com.mailflow.designer.simulation;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.net.IpAddress;
import java.util.List;

/**
 * The address a node's connections come from, as the receiving side sees it: its first public
 * address, else its first address (a private one: the receiver sees whatever NAT makes of it,
 * which the design does not name), else none. The connector match and the SPF check both read it.
 */
final class SendingAddress {
    private SendingAddress() {
    }

    /** The address, or null when the node has none in the design. */
    static IpAddress of(Node node) {
        List<IpAddress> parsed = node.addresses().stream().map(IpAddress::parseOrNull)
                .filter(a -> a != null).toList();
        return parsed.stream().filter(IpAddress::isPublic).findFirst().orElse(parsed.isEmpty() ? null : parsed.get(0));
    }

    /** Whether one of the listed addresses or ranges holds {@code address}. */
    static boolean listed(List<String> list, IpAddress address) {
        if (address == null) {
            return false;
        }
        return list.stream().map(IpAddress::parseOrNull).anyMatch(a -> a != null && a.contains(address));
    }
}
