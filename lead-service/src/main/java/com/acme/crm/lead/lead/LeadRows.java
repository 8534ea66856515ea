package com.acme.crm.lead.lead;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Rebuilds a lead from its stored state; for the persistence adapter only. */
public final class LeadRows {

    private LeadRows() {
    }

    public static Lead restore(UUID id, String name, @Nullable String company, ContactDetails contact, Channel channel,
                               @Nullable UUID referrerCustomerId, @Nullable String notes, String ownerId, String team,
                               String capturedBy, Instant capturedAt, Instant firstContactDueAt,
                               @Nullable Instant followUpEmailDueAt, LeadStatus status,
                               @Nullable Instant firstContactedAt, long version) {
        return new Lead(id, name, company, contact, channel, referrerCustomerId, notes, ownerId, team, capturedBy,
                capturedAt, firstContactDueAt, followUpEmailDueAt, status, firstContactedAt, version);
    }
}
