package com.acme.crm.lead.lead;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Everything stored about a lead: what the repository reads and writes, and what a {@link Lead} is rebuilt from. */
public record LeadState(
        UUID id, String name, @Nullable String company, ContactDetails contact, Channel channel,
        @Nullable UUID referrerCustomerId, @Nullable String notes, String ownerId, String team, LeadStatus status,
        @Nullable Grade grade, String capturedBy, Instant capturedAt, Instant firstContactDueAt,
        @Nullable Instant followUpEmailDueAt, @Nullable Instant firstContactedAt,
        @Nullable Instant firstContactBreachedAt, @Nullable Instant followUpEmailSentAt,
        @Nullable Instant followUpEmailBreachedAt, Instant lastTouchAt, @Nullable Instant lastOutboundContactAt,
        @Nullable ArchiveReason archiveReason, @Nullable LeadStatus statusBeforeArchive,
        @Nullable UUID linkedCustomerId, @Nullable UUID customerId, @Nullable Instant convertedAt, long version) {

    // The transitions of Lead: each a copy of this state with the changed fields.

    LeadState touched(Instant at) {
        return with(ownerId(), status(), grade(), firstContactedAt(), firstContactBreachedAt(),
                followUpEmailSentAt(), followUpEmailBreachedAt(), at, lastOutboundContactAt(),
                archiveReason(), statusBeforeArchive(), customerId(), convertedAt());
    }

    LeadState owner(String owner) {
        return with(owner, status(), grade(), firstContactedAt(), firstContactBreachedAt(),
                followUpEmailSentAt(), followUpEmailBreachedAt(), lastTouchAt(), lastOutboundContactAt(),
                archiveReason(), statusBeforeArchive(), customerId(), convertedAt());
    }

    LeadState contacted(Contact contact, boolean first, boolean outbound) {
        boolean followUpEmail = outbound && contact.method() == Contact.Method.EMAIL && followUpEmailSentAt() == null;
        Instant lastTouch = contact.at().isAfter(lastTouchAt()) ? contact.at() : lastTouchAt();
        return with(ownerId(), status() == LeadStatus.NEW ? LeadStatus.CONTACTED : status(), grade(),
                first ? contact.at() : firstContactedAt(), firstContactBreachedAt(),
                followUpEmail ? contact.at() : followUpEmailSentAt(), followUpEmailBreachedAt(), lastTouch,
                outbound ? contact.at() : lastOutboundContactAt(), archiveReason(), statusBeforeArchive(),
                customerId(), convertedAt());
    }

    LeadState graded(Grade grade) {
        return with(ownerId(), status(), grade, firstContactedAt(), firstContactBreachedAt(),
                followUpEmailSentAt(), followUpEmailBreachedAt(), lastTouchAt(), lastOutboundContactAt(),
                archiveReason(), statusBeforeArchive(), customerId(), convertedAt());
    }

    LeadState archived(ArchiveReason reason) {
        return with(ownerId(), LeadStatus.ARCHIVED, grade(), firstContactedAt(), firstContactBreachedAt(),
                followUpEmailSentAt(), followUpEmailBreachedAt(), lastTouchAt(), lastOutboundContactAt(),
                reason, status(), customerId(), convertedAt());
    }

    LeadState reopened() {
        LeadStatus back = statusBeforeArchive() == null ? LeadStatus.NEW : statusBeforeArchive();
        return with(ownerId(), back, grade(), firstContactedAt(), firstContactBreachedAt(),
                followUpEmailSentAt(), followUpEmailBreachedAt(), lastTouchAt(), lastOutboundContactAt(),
                null, null, customerId(), convertedAt());
    }

    LeadState converted(Instant at) {
        return with(ownerId(), LeadStatus.CONVERTED, grade(), firstContactedAt(), firstContactBreachedAt(),
                followUpEmailSentAt(), followUpEmailBreachedAt(), lastTouchAt(), lastOutboundContactAt(),
                archiveReason(), statusBeforeArchive(), customerId(), at);
    }

    LeadState customer(UUID customerId) {
        return with(ownerId(), status(), grade(), firstContactedAt(), firstContactBreachedAt(),
                followUpEmailSentAt(), followUpEmailBreachedAt(), lastTouchAt(), lastOutboundContactAt(),
                archiveReason(), statusBeforeArchive(), customerId, convertedAt());
    }

    LeadState firstContactBreached(Instant at) {
        return with(ownerId(), status(), grade(), firstContactedAt(), at,
                followUpEmailSentAt(), followUpEmailBreachedAt(), lastTouchAt(), lastOutboundContactAt(),
                archiveReason(), statusBeforeArchive(), customerId(), convertedAt());
    }

    LeadState followUpEmailBreached(Instant at) {
        return with(ownerId(), status(), grade(), firstContactedAt(), firstContactBreachedAt(),
                followUpEmailSentAt(), at, lastTouchAt(), lastOutboundContactAt(),
                archiveReason(), statusBeforeArchive(), customerId(), convertedAt());
    }

    private LeadState with(String owner, LeadStatus status, Grade grade, Instant firstContactedAt,
                                  Instant firstBreachedAt, Instant emailSentAt, Instant emailBreachedAt,
                                  Instant lastTouchAt, Instant lastOutboundAt, ArchiveReason archiveReason,
                                  LeadStatus statusBeforeArchive, UUID customerId, Instant convertedAt) {
        return new LeadState(id(), name(), company(), contact(), channel(), referrerCustomerId(),
                notes(), owner, team(), status, grade, capturedBy(), capturedAt(), firstContactDueAt(),
                followUpEmailDueAt(), firstContactedAt, firstBreachedAt, emailSentAt, emailBreachedAt, lastTouchAt,
                lastOutboundAt, archiveReason, statusBeforeArchive, linkedCustomerId(), customerId, convertedAt,
                version());
    }
}
