package com.mailflow.designer.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One state of a migration (plan.md section 1): today's routing, an interim state, the target.
 *
 * @param spfAll overrides the scenario's SPF policy in this stage, or null
 * @param extras keys this version does not know, kept for the round trip
 */
public record Stage(String id, String name, String notes, SpfAll spfAll, Map<String, Object> extras) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        extras = Extras.copyOf(extras);
    }

    public static Stage of(String id, String name) {
        return new Stage(id, name, null, null, Map.of());
    }

    /** Stage ids: lower-case letters, digits and '-', starting with a letter or digit. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public Optional<String> notesText() {
        return Optional.ofNullable(notes);
    }

    public Stage withName(String v) {
        return new Stage(id, v, notes, spfAll, extras);
    }
}
