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
}
