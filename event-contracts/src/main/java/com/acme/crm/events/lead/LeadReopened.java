package com.acme.crm.events.lead;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * L-5: an archived lead was reopened and is back in the queues.
 */
@EventType(value = "crm.lead.reopened.v1", topic = Topics.LEAD)
public record LeadReopened(
        UUID leadId,
        String ownerId,
        String team,
        String reopenedBy,
        Instant reopenedAt) implements LeadEvent {
}
