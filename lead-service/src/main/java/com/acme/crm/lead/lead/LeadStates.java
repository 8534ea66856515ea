package com.acme.crm.lead.lead;

import java.time.Instant;
import java.util.UUID;

/** The state transitions of {@link Lead}, each a copy of the state with the changed fields. */
final class LeadStates {

    private LeadStates() {
    }

    static LeadState touched(LeadState s, Instant at) {
        return with(s, s.ownerId(), s.status(), s.grade(), s.firstContactedAt(), s.firstContactBreachedAt(),
                s.followUpEmailSentAt(), s.followUpEmailBreachedAt(), at, s.lastOutboundContactAt(),
                s.archiveReason(), s.statusBeforeArchive(), s.customerId(), s.convertedAt());
    }

    static LeadState owner(LeadState s, String owner) {
        return with(s, owner, s.status(), s.grade(), s.firstContactedAt(), s.firstContactBreachedAt(),
                s.followUpEmailSentAt(), s.followUpEmailBreachedAt(), s.lastTouchAt(), s.lastOutboundContactAt(),
                s.archiveReason(), s.statusBeforeArchive(), s.customerId(), s.convertedAt());
    }

    static LeadState contacted(LeadState s, Contact contact, boolean first, boolean outbound) {
        boolean followUpEmail = outbound && contact.method() == Contact.Method.EMAIL && s.followUpEmailSentAt() == null;
        Instant lastTouch = contact.at().isAfter(s.lastTouchAt()) ? contact.at() : s.lastTouchAt();
        return with(s, s.ownerId(), s.status() == LeadStatus.NEW ? LeadStatus.CONTACTED : s.status(), s.grade(),
                first ? contact.at() : s.firstContactedAt(), s.firstContactBreachedAt(),
                followUpEmail ? contact.at() : s.followUpEmailSentAt(), s.followUpEmailBreachedAt(), lastTouch,
                outbound ? contact.at() : s.lastOutboundContactAt(), s.archiveReason(), s.statusBeforeArchive(),
                s.customerId(), s.convertedAt());
    }

    static LeadState graded(LeadState s, Grade grade) {
        return with(s, s.ownerId(), s.status(), grade, s.firstContactedAt(), s.firstContactBreachedAt(),
                s.followUpEmailSentAt(), s.followUpEmailBreachedAt(), s.lastTouchAt(), s.lastOutboundContactAt(),
                s.archiveReason(), s.statusBeforeArchive(), s.customerId(), s.convertedAt());
    }

    static LeadState archived(LeadState s, ArchiveReason reason) {
        return with(s, s.ownerId(), LeadStatus.ARCHIVED, s.grade(), s.firstContactedAt(), s.firstContactBreachedAt(),
                s.followUpEmailSentAt(), s.followUpEmailBreachedAt(), s.lastTouchAt(), s.lastOutboundContactAt(),
                reason, s.status(), s.customerId(), s.convertedAt());
    }

    static LeadState reopened(LeadState s) {
        LeadStatus back = s.statusBeforeArchive() == null ? LeadStatus.NEW : s.statusBeforeArchive();
        return with(s, s.ownerId(), back, s.grade(), s.firstContactedAt(), s.firstContactBreachedAt(),
                s.followUpEmailSentAt(), s.followUpEmailBreachedAt(), s.lastTouchAt(), s.lastOutboundContactAt(),
                null, null, s.customerId(), s.convertedAt());
    }

    static LeadState converted(LeadState s, Instant at) {
        return with(s, s.ownerId(), LeadStatus.CONVERTED, s.grade(), s.firstContactedAt(), s.firstContactBreachedAt(),
                s.followUpEmailSentAt(), s.followUpEmailBreachedAt(), s.lastTouchAt(), s.lastOutboundContactAt(),
                s.archiveReason(), s.statusBeforeArchive(), s.customerId(), at);
    }

    static LeadState customer(LeadState s, UUID customerId) {
        return with(s, s.ownerId(), s.status(), s.grade(), s.firstContactedAt(), s.firstContactBreachedAt(),
                s.followUpEmailSentAt(), s.followUpEmailBreachedAt(), s.lastTouchAt(), s.lastOutboundContactAt(),
                s.archiveReason(), s.statusBeforeArchive(), customerId, s.convertedAt());
    }

    static LeadState firstContactBreached(LeadState s, Instant at) {
        return with(s, s.ownerId(), s.status(), s.grade(), s.firstContactedAt(), at,
                s.followUpEmailSentAt(), s.followUpEmailBreachedAt(), s.lastTouchAt(), s.lastOutboundContactAt(),
                s.archiveReason(), s.statusBeforeArchive(), s.customerId(), s.convertedAt());
    }

    static LeadState followUpEmailBreached(LeadState s, Instant at) {
        return with(s, s.ownerId(), s.status(), s.grade(), s.firstContactedAt(), s.firstContactBreachedAt(),
                s.followUpEmailSentAt(), at, s.lastTouchAt(), s.lastOutboundContactAt(),
                s.archiveReason(), s.statusBeforeArchive(), s.customerId(), s.convertedAt());
    }

    private static LeadState with(LeadState s, String owner, LeadStatus status, Grade grade, Instant firstContactedAt,
                                  Instant firstBreachedAt, Instant emailSentAt, Instant emailBreachedAt,
                                  Instant lastTouchAt, Instant lastOutboundAt, ArchiveReason archiveReason,
                                  LeadStatus statusBeforeArchive, UUID customerId, Instant convertedAt) {
        return new LeadState(s.id(), s.name(), s.company(), s.contact(), s.channel(), s.referrerCustomerId(),
                s.notes(), owner, s.team(), status, grade, s.capturedBy(), s.capturedAt(), s.firstContactDueAt(),
                s.followUpEmailDueAt(), firstContactedAt, firstBreachedAt, emailSentAt, emailBreachedAt, lastTouchAt,
                lastOutboundAt, archiveReason, statusBeforeArchive, s.linkedCustomerId(), customerId, convertedAt,
                s.version());
    }
}
