package com.mailflow.designer.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted domain of the organization.
 *
 * @param purpose null when the file does not say (then {@link DomainPurpose#USERS})
 * @param mailboxes ids of the cloud-service and mail-server nodes holding its mailboxes
 * @param mx the node the MX record is forced to, or null to let the analyzer choose
 * @param stages the ids of the stages it exists in, or null for every stage
 */
public record Domain(String name, DomainPurpose purpose, List<String> mailboxes, String mx,
                     Map<String, Object> extras, List<String> stages) {

    public Domain {
        Objects.requireNonNull(name, "name");
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        extras = Extras.copyOf(extras);
        stages = StagePresence.copyOf(stages);
    }

    /** A domain of every stage. */
    public Domain(String name, DomainPurpose purpose, List<String> mailboxes, String mx, Map<String, Object> extras) {
        this(name, purpose, mailboxes, mx, extras, null);
    }

    public static Domain of(String name, List<String> mailboxes) {
        return new Domain(name, null, mailboxes, null, Map.of());
    }

    public DomainPurpose effectivePurpose() {
        return purpose == null ? DomainPurpose.USERS : purpose;
    }

    public Optional<String> forcedMx() {
        return Optional.ofNullable(mx);
    }

    public boolean hasMailboxes() {
        return !mailboxes.isEmpty();
    }

    /** Domain names compare case-insensitively. */
    public boolean isNamed(String other) {
        return name.equals(other) || name.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }

    public Domain withName(String newName) {
        return new Domain(newName, purpose, mailboxes, mx, extras, stages);
    }

    public Domain withPurpose(DomainPurpose newPurpose) {
        return new Domain(name, newPurpose, mailboxes, mx, extras, stages);
    }

    public Domain withMailboxes(List<String> newMailboxes) {
        return new Domain(name, purpose, newMailboxes, mx, extras, stages);
    }

    public Domain withMx(String newMx) {
        return new Domain(name, purpose, mailboxes, newMx, extras, stages);
    }

    public boolean presentIn(String stageId) {
        return StagePresence.includes(stages, stageId);
    }

    public Domain withStages(List<String> newStages) {
        return new Domain(name, purpose, mailboxes, mx, extras, newStages);
    }
}
