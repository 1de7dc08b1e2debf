package com.mailflow.designer.ui.properties;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.net.DomainName;
import com.mailflow.designer.net.InvalidValueException;
import com.mailflow.designer.net.IpAddress;
import com.mailflow.designer.ui.control.Parsed;
import java.util.Arrays;
import java.util.List;

/**
 * Text fields to model values and back, with the validation the properties panel shows while
 * the user types. Lists are comma-separated; empty text means "absent" (the kind's default).
 */
public final class AttributeText {
    /** Typed into "Sender domains" to say the node sends nothing ({@code "sends": []}). */
    public static final String NONE = "none";

    private AttributeText() {
    }

    public static String format(NodeAttribute attribute, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() && attribute == NodeAttribute.SENDS ? NONE
                    : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    public static Parsed<Object> parse(NodeAttribute attribute, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.ok(null);
        }
        try {
            return switch (attribute) {
                case ADDRESSES -> Parsed.ok(list(t, AttributeText::address));
                case SENDS -> Parsed.ok(t.equalsIgnoreCase(NONE) ? List.of() : list(t, AttributeText::domain));
                case HOSTNAME, OUTBOUND_HOST -> Parsed.ok(checked(t, DomainName::toAscii));
                case CERTIFICATE -> Parsed.ok(checked(t, DomainName::certificateToAscii));
                case SPF_INCLUDE -> Parsed.ok(checked(t, DomainName::dnsNameToAscii));
                case SPF_LOOKUPS -> Parsed.ok(lookups(t));
                default -> Parsed.ok(text);
            };
        } catch (InvalidValueException e) {
            return Parsed.invalid(e.getMessage());
        }
    }

    /** A link's recipient domains: empty means all recipients (null), {@code *} is allowed. */
    public static Parsed<List<String>> parseLinkDomains(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.ok(null);
        }
        try {
            return Parsed.ok(list(t, s -> {
                if (!s.equals(Link.ALL_DOMAINS)) {
                    DomainName.toAscii(s);
                }
            }));
        } catch (InvalidValueException e) {
            return Parsed.invalid(e.getMessage());
        }
    }

    public static Parsed<String> parseDomainName(String text) {
        try {
            DomainName.toAscii(text == null ? "" : text.strip());
            return Parsed.ok(text.strip());
        } catch (InvalidValueException e) {
            return Parsed.invalid(e.getMessage());
        }
    }

    private interface Check {
        void check(String s) throws InvalidValueException;
    }

    private interface Converter {
        String convert(String s) throws InvalidValueException;
    }

    private static String checked(String t, Converter converter) throws InvalidValueException {
        converter.convert(t);
        return t;
    }

    private static List<String> list(String t, Check check) throws InvalidValueException {
        List<String> items = Arrays.stream(t.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        for (String item : items) {
            check.check(item);
        }
        return items;
    }

    private static void address(String s) throws InvalidValueException {
        IpAddress.parse(s);
    }

    private static void domain(String s) throws InvalidValueException {
        DomainName.toAscii(s);
    }

    private static Integer lookups(String t) throws InvalidValueException {
        try {
            int v = Integer.parseInt(t);
            if (v < 0 || v > 100) {
                throw new InvalidValueException("the number of lookups must be between 0 and 100");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("'" + t + "' is not a whole number");
        }
    }
}
