package com.mailflow.designer.net;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;

/** The reserved and documentation ranges of docs/rules.md, Terms. */
final class SpecialRanges {
    private static final List<IPAddress> NOT_PUBLIC = ranges(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "::ffff:0:0/96", "100::/64", "2001::/23", "fc00::/7", "fe80::/10", "ff00::/8");
    private static final IPAddress GLOBAL_UNICAST_V6 = range("2000::/3");
    private static final List<IPAddress> DOCUMENTATION = ranges(
            "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "3fff::/20");

    private SpecialRanges() {
    }

    private static IPAddress range(String cidr) {
        return new IPAddressString(cidr).getAddress().toPrefixBlock();
    }

    private static List<IPAddress> ranges(String... cidrs) {
        return java.util.Arrays.stream(cidrs).map(SpecialRanges::range).toList();
    }

    static boolean isPublic(IPAddress a) {
        if (a.isIPv6() && !GLOBAL_UNICAST_V6.contains(a)) {
            return false;
        }
        return NOT_PUBLIC.stream().noneMatch(r -> r.getIPVersion() == a.getIPVersion() && r.overlaps(a));
    }

    static boolean isDocumentation(IPAddress a) {
        return DOCUMENTATION.stream().anyMatch(r -> r.getIPVersion() == a.getIPVersion() && r.overlaps(a));
    }
}
