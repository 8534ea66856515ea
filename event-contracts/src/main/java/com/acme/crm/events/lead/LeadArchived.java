package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * L-5: an invalid lead was archived with a reason (never deleted) and left the work queues.
 */
@EventType(value = "crm.lead.archived.v1", topic = Topics.LEAD)
public record LeadArchived(
        UUID leadId,
        String ownerId,
        String team,
        String reason,
        String archivedBy,
        Instant archivedAt) implements LeadEvent {
}
