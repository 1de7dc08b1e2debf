package com.mailflow.designer.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of box a consultant can draw, with the groupings the rules talk about. */
public enum NodeKind {
    INTERNET("internet", "Internet"),
    CLOUD_SERVICE("cloud-service", "Cloud service"),
    THIRD_PARTY_FILTER("third-party-filter", "Third-party filter"),
    THIRD_PARTY_SERVICE("third-party-service", "Third-party service"),
    GATEWAY("gateway", "Gateway"),
    MAIL_SERVER("mail-server", "Mail server"),
    APP_SERVER("app-server", "Application server"),
    DEVICE("device", "Device");

    private final String id;
    private final String displayName;

    NodeKind(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The name used in scenario files. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<NodeKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** Gateways, mail servers, application servers and devices: run by the organization itself. */
    public boolean isOrgOwned() {
        return this == GATEWAY || this == MAIL_SERVER || this == APP_SERVER || this == DEVICE;
    }

    public boolean isThirdParty() {
        return this == THIRD_PARTY_FILTER || this == THIRD_PARTY_SERVICE;
    }

    /** Nodes that can hold mailboxes and send users' mail. */
    public boolean isUserMailSender() {
        return this == CLOUD_SERVICE || this == MAIL_SERVER;
    }

    /** Nodes whose software sends mail (alerts, notifications, scans). */
    public boolean isApplicationSender() {
        return this == APP_SERVER || this == DEVICE;
    }

    public boolean canHostMailboxes() {
        return isUserMailSender();
    }

    /** A scenario may hold at most one node of this kind. */
    public boolean isSingleton() {
        return this == INTERNET || this == CLOUD_SERVICE;
    }

    /** Preference when choosing a domain's MX entry: lower wins (docs/rules.md, MX). */
    public int mxPreference() {
        switch (this) {
            case CLOUD_SERVICE: return 0;
            case THIRD_PARTY_FILTER: return 1;
            case GATEWAY: return 2;
            case MAIL_SERVER: return 3;
            default: return 4;
        }
    }
}
