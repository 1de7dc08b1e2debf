package com.mailflow.designer.model;

import java.util.Arrays;
import java.util.Optional;

/** Which cloud service's rules apply to a scenario. */
public enum Profile {
    EXCHANGE_ONLINE("exchange-online", "Exchange Online", "spf.protection.outlook.com"),
    FOPE("fope", "Forefront Online Protection (legacy lists)", "spf.messaging.microsoft.com"),
    GOOGLE_WORKSPACE("google-workspace", "Google Workspace", "_spf.google.com");

    public static final Profile DEFAULT = EXCHANGE_ONLINE;

    private final String id;
    private final String displayName;
    private final String defaultSpfInclude;

    Profile(String id, String displayName, String defaultSpfInclude) {
        this.id = id;
        this.displayName = displayName;
        this.defaultSpfInclude = defaultSpfInclude;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The SPF include a cloud-service node contributes unless the scenario says otherwise. */
    public String defaultSpfInclude() {
        return defaultSpfInclude;
    }

    /**
     * The widest IPv4 range its safelist takes, or 0 when any range will do: Exchange Online takes
     * /24 to /32 and a range up to /16 is entered as its /24 blocks; FOPE takes /24 to /32.
     */
    public int widestSafelistPrefix() {
        return switch (this) {
            case EXCHANGE_ONLINE -> 16;
            case FOPE -> 24;
            case GOOGLE_WORKSPACE -> 0;
        };
    }

    public static Optional<Profile> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
