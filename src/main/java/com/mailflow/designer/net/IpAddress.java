package com.mailflow.designer.net;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A public address or CIDR range as a node presents it, parsed by the IPAddress library (never
 * by {@code InetAddress.getByName}, which would resolve host names). Host bits of a range are
 * cleared; a full-length prefix is a single address.
 */
public final class IpAddress {
    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowMask(false).allowPrefixOnly(false)
            .allowSingleSegment(false).allowWildcardedSeparator(false)
            .setRangeOptions(IPAddressStringParameters.RangeParameters.NO_RANGE)
            .allow_inet_aton(false)
            .getIPv6AddressParametersBuilder().allowZone(false).allowBinary(false).getParentBuilder()
            .getIPv4AddressParametersBuilder().allowBinary(false).getParentBuilder()
            .toParams();

    private final IPAddress address;
    private final String canonical;
    /** Classified once: the rules ask on every analysis, and values are cached across analyses. */
    private final boolean isPublic;
    private final boolean isDocumentation;
    /** Read on every analysis for every address: kept rather than asked of the library each time. */
    private final boolean ipv4;
    private final int prefixLength;
    private final String spfTerm;
    private volatile Blocks blocks;

    private IpAddress(IPAddress address) {
        this.address = address;
        this.canonical = address.isIPv4() ? address.toCanonicalString() : address.toCompressedString();
        this.isPublic = SpecialRanges.isPublic(address);
        this.isDocumentation = SpecialRanges.isDocumentation(address);
        this.ipv4 = address.isIPv4();
        Integer prefix = address.getNetworkPrefixLength();
        this.prefixLength = prefix == null ? address.getBitCount() : prefix;
        this.spfTerm = (ipv4 ? "ip4:" : "ip6:") + canonical;
    }

    /**
     * Parses an IPv4 or IPv6 address or CIDR range. Not cached here: the analysis keeps the one
     * cache of parsed addresses (it re-reads the same strings on every edit), the loader parses
     * each address once.
     */
    public static IpAddress parse(String text) throws InvalidValueException {
        return new IpAddress(doParse(text));
    }

    private static IPAddress doParse(String text) throws InvalidValueException {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("an address is empty");
        }
        if (!text.strip().equals(text)) {
            throw new InvalidValueException("'" + text + "' has spaces around it");
        }
        IPAddress parsed;
        try {
            parsed = new IPAddressString(text, STRICT).toAddress();
        } catch (AddressStringException e) {
            throw new InvalidValueException("'" + text + "' is not an IPv4 or IPv6 address or CIDR range");
        }
        if (parsed == null) {
            throw new InvalidValueException("'" + text + "' is not an IPv4 or IPv6 address or CIDR range");
        }
        Integer prefix = parsed.getNetworkPrefixLength();
        if (prefix == null || prefix == parsed.getBitCount()) {
            return parsed.withoutPrefixLength();
        }
        return parsed.toPrefixBlock();
    }

    /** Parses, or returns null for text that does not parse (callers that validated already). */
    public static IpAddress parseOrNull(String text) {
        try {
            return parse(text);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    IPAddress raw() {
        return address;
    }

    /** Whether this address or range holds {@code other} (all of it, when it is a range). */
    public boolean contains(IpAddress other) {
        return ipv4 == other.ipv4 && address.toPrefixBlock().contains(other.address);
    }

    public boolean isIpv4() {
        return ipv4;
    }

    public boolean isIpv6() {
        return !ipv4;
    }

    /** A CIDR range rather than one address. */
    public boolean isRange() {
        return address.getNetworkPrefixLength() != null;
    }

    /** Prefix length; a single address counts as its full length (32 or 128). */
    public int prefixLength() {
        return prefixLength;
    }

    /** Routable on the Internet (docs/rules.md, Terms); documentation ranges count as public. */
    public boolean isPublic() {
        return isPublic;
    }

    /** Inside a documentation range (192.0.2.0/24, 2001:db8::/32, ...). */
    public boolean isDocumentation() {
        return isDocumentation;
    }

    /** The SPF mechanism for this address: {@code ip4:...} or {@code ip6:...}. */
    public String spfTerm() {
        return spfTerm;
    }

    /** IPv4 dotted quad, IPv6 compressed lowercase (RFC 5952), ranges as network/prefix. */
    public String canonical() {
        return canonical;
    }

    /**
     * The range as consecutive blocks of {@code prefix} bits, in address order; the address itself
     * when it is already that narrow or narrower.
     */
    public List<IpAddress> blocks(int prefix) {
        if (prefixLength() >= prefix) {
            return List.of(this);
        }
        Blocks known = blocks;
        if (known == null || known.prefix() != prefix) {
            known = new Blocks(prefix, split(prefix));
            blocks = known; // a benign race: both threads compute the same list
        }
        return known.list();
    }

    private List<IpAddress> split(int prefix) {
        List<IpAddress> out = new ArrayList<>(1 << Math.min(prefix - prefixLength(), 16));
        Iterator<? extends IPAddress> it = address.setPrefixLength(prefix, false).prefixBlockIterator();
        while (it.hasNext()) {
            out.add(new IpAddress(it.next()));
        }
        return List.copyOf(out);
    }

    /** The last split asked for: the analysis keeps parsed addresses between runs, so it asks again. */
    private record Blocks(int prefix, List<IpAddress> list) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && other.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return canonical;
    }
}
