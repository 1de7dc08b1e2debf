package com.mailflow.designer.model;

import java.util.Arrays;
import java.util.Optional;

/** What a domain is for: people's mail, or mail sent by applications and devices. */
public enum DomainPurpose {
    USERS("users"),
    APPS("apps");

    private final String id;

    DomainPurpose(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DomainPurpose> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
