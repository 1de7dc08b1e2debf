package com.mailflow.designer.net;

import java.net.IDN;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DNS names typed by users: domains, host names and certificate names. Unicode (IDN) names are
 * accepted and converted to A-labels (punycode) for DNS; the user's spelling is kept elsewhere.
 */
public final class DomainName {
    /** Loading and analysis convert the same names over and over; IDN conversion is slow. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    private DomainName() {
    }

    /** The lowercase A-label form of a domain or host name, after checking it is well formed. */
    public static String toAscii(String name) throws InvalidValueException {
        String cached = name == null ? null : CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String ascii = convert(name);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(name, ascii);
        return ascii;
    }

    private static String convert(String name) throws InvalidValueException {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("a domain name is empty");
        }
        if (!name.strip().equals(name)) {
            throw new InvalidValueException("'" + name + "' has spaces around it");
        }
        if (name.endsWith(".")) {
            throw new InvalidValueException("'" + name + "' ends with a dot: write it without the trailing dot");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("'" + name + "' is not a valid domain name (" + e.getMessage() + ")");
        }
        if (ascii.length() > 253) {
            throw new InvalidValueException("'" + name + "' is longer than 253 characters");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidValueException("'" + name + "' needs at least two labels, like contoso.com");
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63) {
                throw new InvalidValueException("'" + name + "' has an empty label or one longer than 63 characters");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException("'" + name + "' looks like an address, not a domain name");
        }
        return ascii;
    }

    /**
     * A DNS name that may hold underscores in its labels (SPF includes such as {@code _spf.google.com});
     * host names may not, so this is kept apart from {@link #toAscii}.
     */
    public static String dnsNameToAscii(String name) throws InvalidValueException {
        if (name == null || !name.contains("_")) {
            return toAscii(name);
        }
        toAscii(name.replace('_', 'u'));
        return name.toLowerCase(Locale.ROOT);
    }

    /** Whether the text is a well-formed domain or host name. */
    public static boolean isValid(String name) {
        try {
            toAscii(name);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** A certificate subject may start with a wildcard label: {@code *.contoso.com}. */
    public static String certificateToAscii(String subject) throws InvalidValueException {
        if (subject != null && subject.startsWith("*.")) {
            return "*." + toAscii(subject.substring(2));
        }
        return toAscii(subject);
    }

    /** A-label form of a name already validated, or the lowercase input if it does not convert. */
    public static String asciiOrSelf(String name) {
        try {
            return certificateToAscii(name);
        } catch (InvalidValueException e) {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** Whether {@code name} equals {@code domain} or lies below it (mail.contoso.com under contoso.com). */
    public static boolean isSameOrBelow(String name, String domain) {
        String n = stripWildcard(asciiOrSelf(name));
        String d = asciiOrSelf(domain);
        return n.equals(d) || n.endsWith("." + d);
    }

    private static String stripWildcard(String name) {
        return name.startsWith("*.") ? name.substring(2) : name;
    }
}
