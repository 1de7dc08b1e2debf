package com.mailflow.designer.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The phases of a transition, in the order they run (plan.md section 2). */
public enum Phase {
    PREPARE("prepare", "Prepare", "everything the new routing needs before any mail takes it; where mail goes does"
            + " not change"),
    VERIFY("verify", "Verify", "checks before the switch"),
    CUTOVER("cutover", "Cutover", "the switch: outbound connectors on, then the MX"),
    WAIT("wait", "Wait", "let the old state drain: the old path keeps accepting mail meanwhile"),
    LOCKDOWN("lockdown", "LockDown", "only now restrict connectors to their senders"),
    CLEANUP("cleanup", "Cleanup", "remove what the new state no longer uses"),
    TIGHTEN("tighten", "Tighten", "after the DMARC reports show only legitimate mail: normal TTLs, stricter policies");

    private final String id;
    private final String title;
    private final String description;

    Phase(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    /** As JSON writes it. */
    public String id() {
        return id;
    }

    /** As the script's -Phase takes it (case-insensitive). */
    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The phase a user named, in any case. */
    public static Optional<Phase> named(String name) {
        return Arrays.stream(values()).filter(p -> p.id.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
