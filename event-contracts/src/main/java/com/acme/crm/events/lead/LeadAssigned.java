package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * L-8: a lead got an owner, by round-robin within its team or by a manager; the first-contact clock does not restart.
 *
 * @param ownerId the new owner
 * @param previousOwnerId the owner before, if any
 * @param assignedBy who assigned it, or 'round-robin'
 */
@EventType(value = "crm.lead.assigned.v1", topic = Topics.LEAD)
public record LeadAssigned(
        UUID leadId,
        String ownerId,
        @Nullable String previousOwnerId,
        String team,
        String assignedBy,
        Instant assignedAt) implements LeadEvent {
}
