package com.mailflow.designer.model;

import static com.mailflow.designer.model.NodeKind.APP_SERVER;
import static com.mailflow.designer.model.NodeKind.CLOUD_SERVICE;
import static com.mailflow.designer.model.NodeKind.DEVICE;
import static com.mailflow.designer.model.NodeKind.GATEWAY;
import static com.mailflow.designer.model.NodeKind.INTERNET;
import static com.mailflow.designer.model.NodeKind.MAIL_SERVER;
import static com.mailflow.designer.model.NodeKind.THIRD_PARTY_FILTER;
import static com.mailflow.designer.model.NodeKind.THIRD_PARTY_SERVICE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The optional node attributes of scenario-format.md, with the kinds they apply to.
 * One table serves the loader, the analyzer's defaults and the properties panel.
 */
public enum NodeAttribute {
    ADDRESSES("addresses", "Public addresses", AttributeType.STRING_LIST,
            EnumSet.complementOf(EnumSet.of(INTERNET, CLOUD_SERVICE))),
    HOSTNAME("hostname", "Hostname", AttributeType.STRING, EnumSet.complementOf(EnumSet.of(INTERNET))),
    OUTBOUND_HOST("outboundHost", "Outbound host", AttributeType.STRING,
            EnumSet.of(GATEWAY, MAIL_SERVER, THIRD_PARTY_FILTER, THIRD_PARTY_SERVICE)),
    CERTIFICATE("certificate", "Certificate name", AttributeType.STRING,
            EnumSet.of(GATEWAY, MAIL_SERVER, APP_SERVER, DEVICE, THIRD_PARTY_FILTER, THIRD_PARTY_SERVICE)),
    FILTERS_SPAM("filtersSpam", "Filters spam", AttributeType.BOOLEAN,
            EnumSet.of(GATEWAY, MAIL_SERVER, THIRD_PARTY_FILTER)),
    STATIC_IP("staticIp", "Static address", AttributeType.BOOLEAN, orgOwned()),
    REVERSE_DNS("reverseDns", "Reverse DNS (PTR)", AttributeType.BOOLEAN, orgOwned()),
    SHARED_ADDRESSES("sharedAddresses", "Shared addresses", AttributeType.BOOLEAN, EnumSet.allOf(NodeKind.class)),
    SENDS("sends", "Sender domains", AttributeType.STRING_LIST, EnumSet.of(APP_SERVER, DEVICE, MAIL_SERVER)),
    CAN_AUTHENTICATE("canAuthenticate", "SMTP AUTH with OAuth 2.0", AttributeType.BOOLEAN,
            EnumSet.of(DEVICE, APP_SERVER)),
    TLS12("tls12", "TLS 1.2 or newer", AttributeType.BOOLEAN, EnumSet.of(DEVICE, APP_SERVER)),
    SPF_INCLUDE("spfInclude", "SPF include", AttributeType.STRING,
            EnumSet.of(THIRD_PARTY_FILTER, THIRD_PARTY_SERVICE, CLOUD_SERVICE)),
    SPF_LOOKUPS("spfLookups", "SPF lookups of the include", AttributeType.INTEGER,
            EnumSet.of(THIRD_PARTY_FILTER, THIRD_PARTY_SERVICE, CLOUD_SERVICE)),
    RELAY_RESTRICTED("relayRestricted", "Refuses open relay (confirmed)", AttributeType.BOOLEAN,
            EnumSet.of(GATEWAY, MAIL_SERVER)),
    NOTES("notes", "Notes", AttributeType.STRING, EnumSet.allOf(NodeKind.class));

    private final String key;
    private final String label;
    private final AttributeType type;
    private final Set<NodeKind> kinds;

    NodeAttribute(String key, String label, AttributeType type, Set<NodeKind> kinds) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.kinds = kinds;
    }

    private static EnumSet<NodeKind> orgOwned() {
        return EnumSet.of(GATEWAY, MAIL_SERVER, APP_SERVER, DEVICE);
    }

    /** The JSON key. */
    public String key() {
        return key;
    }

    /** A label for the properties panel. */
    public String label() {
        return label;
    }

    public AttributeType type() {
        return type;
    }

    public boolean appliesTo(NodeKind kind) {
        return kinds.contains(kind);
    }

    public static Optional<NodeAttribute> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
