package com.acme.crm.customer.profile;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * C-11: what the sales team knows about a customer's buying: the decision chain, budget, decision time, the
 * decision maker's preferences, the company anniversary and the contacts' birthdays. A revision replaces the whole
 * profile and names the fields it changed (for the audit trail, never their values: birthdays are personal data).
 */
public final class CustomerProfile {

    private final UUID customerId;
    private List<ChainLink> decisionChain;
    private @Nullable BigDecimal budget;
    private @Nullable LocalDate decisionTime;
    private @Nullable String preferences;
    private @Nullable Anniversary anniversary;
    private List<ContactBirthday> birthdays;
    private long version;
    private @Nullable Instant updatedAt;
    private @Nullable String updatedBy;

    private CustomerProfile(ProfileState s) {
        this.customerId = s.customerId();
        this.decisionChain = s.decisionChain();
        this.budget = s.budget();
        this.decisionTime = s.decisionTime();
        this.preferences = s.preferences();
        this.anniversary = s.anniversary();
        this.birthdays = s.birthdays();
        this.version = s.version();
        this.updatedAt = s.updatedAt();
        this.updatedBy = s.updatedBy();
    }

    /** Rebuilds a stored profile. */
    public static CustomerProfile restore(ProfileState state) {
        return new CustomerProfile(state);
    }

    /**
     * The profile as it stands: the stored one ({@code null}: never saved, version 0) with one birthday per contact
     * person, the one set on the profile or else the one the contact was registered with.
     */
    public static CustomerProfile of(UUID customerId, @Nullable ProfileState stored, List<ContactBirthday> registered) {
        Map<UUID, ContactBirthday> set = new HashMap<>();
        if (stored != null) {
            stored.birthdays().forEach(b -> set.put(b.contactId(), b));
        }
        List<ContactBirthday> birthdays = registered.stream()
                .map(contact -> set.getOrDefault(contact.contactId(), contact)).toList();
        return new CustomerProfile(stored == null
                ? new ProfileState(customerId, List.of(), null, null, null, null, birthdays, 0, null, null)
                : new ProfileState(customerId, stored.decisionChain(), stored.budget(), stored.decisionTime(),
                        stored.preferences(), stored.anniversary(), birthdays, stored.version(), stored.updatedAt(),
                        stored.updatedBy()));
    }

    /**
     * C-11: replaces the profile with {@code revision}, made against {@code expectedVersion}. A stale version is
     * refused ({@link StaleProfile}); so is a negative budget, a chain link or birthday naming a person who is not
     * one of {@code contacts} (the customer's contact persons), a contact named twice, or a birthday in the future
     * ({@link InvalidProfile}, naming the field). With birthdays, contacts the revision gives none lose theirs;
     * without ({@code null}), the birthdays stay as they are. Returns the names of the fields that changed.
     */
    public List<String> revise(Revision revision, long expectedVersion, List<UUID> contacts, LocalDate today,
                               String by, Instant now) {
        if (expectedVersion != version) {
            throw new StaleProfile(customerId, expectedVersion, version);
        }
        check(revision, contacts, today);
        List<ContactBirthday> newBirthdays = birthdays;
        if (revision.birthdays() != null) {
            Map<UUID, LocalDate> given = new HashMap<>();
            revision.birthdays().forEach(b -> given.put(b.contactId(), b.birthday()));
            newBirthdays = contacts.stream().map(contact -> new ContactBirthday(contact, given.get(contact))).toList();
        }
        List<String> changed = new ArrayList<>();
        note(changed, "decisionChain", decisionChain, revision.decisionChain());
        note(changed, "budget", budget == null ? null : budget.stripTrailingZeros(),
                revision.budget() == null ? null : revision.budget().stripTrailingZeros());
        note(changed, "decisionTime", decisionTime, revision.decisionTime());
        note(changed, "preferences", preferences, revision.preferences());
        note(changed, "anniversary", anniversary, revision.anniversary());
        note(changed, "birthdays", known(birthdays), known(newBirthdays));
        decisionChain = List.copyOf(revision.decisionChain());
        budget = revision.budget();
        decisionTime = revision.decisionTime();
        preferences = revision.preferences();
        anniversary = revision.anniversary();
        birthdays = newBirthdays;
        version++;
        updatedAt = now;
        updatedBy = by;
        return changed;
    }

    private static void check(Revision revision, List<UUID> contacts, LocalDate today) {
        if (revision.budget() != null && revision.budget().signum() < 0) {
            throw new InvalidProfile("budget", "must be 0 or more (CNY)");
        }
        for (int i = 0; i < revision.decisionChain().size(); i++) {
            UUID contact = revision.decisionChain().get(i).contactId();
            if (contact != null && !contacts.contains(contact)) {
                throw new InvalidProfile("decisionChain[" + i + "].contactId",
                        "is not a contact person of this customer");
            }
        }
        List<UUID> seen = new ArrayList<>();
        List<ContactBirthday> given = revision.birthdays() == null ? List.of() : revision.birthdays();
        for (int i = 0; i < given.size(); i++) {
            ContactBirthday birthday = given.get(i);
            if (!contacts.contains(birthday.contactId())) {
                throw new InvalidProfile("birthdays[" + i + "].contactId", "is not a contact person of this customer");
            }
            if (seen.contains(birthday.contactId())) {
                throw new InvalidProfile("birthdays[" + i + "].contactId", "names a contact person twice");
            }
            seen.add(birthday.contactId());
            if (birthday.birthday() != null && birthday.birthday().isAfter(today)) {
                throw new InvalidProfile("birthdays[" + i + "].birthday", "cannot be in the future");
            }
        }
    }

    private static Map<UUID, LocalDate> known(List<ContactBirthday> birthdays) {
        Map<UUID, LocalDate> known = new HashMap<>();
        birthdays.stream().filter(b -> b.birthday() != null).forEach(b -> known.put(b.contactId(), b.birthday()));
        return known;
    }

    private static void note(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    public ProfileState state() {
        return new ProfileState(customerId, decisionChain, budget, decisionTime, preferences, anniversary, birthdays,
                version, updatedAt, updatedBy);
    }

    public UUID customerId() { return customerId; }
    public long version() { return version; }

    /** C-11: a whole new profile, as a PUT gives it; {@code birthdays} null keeps the contacts' birthdays. */
    public record Revision(List<ChainLink> decisionChain, @Nullable BigDecimal budget, @Nullable LocalDate decisionTime,
                           @Nullable String preferences, @Nullable Anniversary anniversary,
                           @Nullable List<ContactBirthday> birthdays) {

        public Revision {
            decisionChain = List.copyOf(decisionChain);
            birthdays = birthdays == null ? null : List.copyOf(birthdays);
        }
    }

    /** C-11: the revision was made against an older version of the profile. */
    public static final class StaleProfile extends RuntimeException {

        public StaleProfile(UUID customerId, long expected, long actual) {
            super("C-11: the profile of customer " + customerId + " is at version " + actual + ", not " + expected
                    + "; read it again and repeat the change");
        }
    }

    /** C-11: one field of a revision is unacceptable. */
    public static final class InvalidProfile extends RuntimeException {

        private final String field;

        public InvalidProfile(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
