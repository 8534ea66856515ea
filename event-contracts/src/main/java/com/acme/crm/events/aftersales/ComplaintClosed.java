package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * a resolved complaint was closed with its root cause and improvement actions (kept in aftersales-service, not in the event).
 */
@EventType(value = "crm.complaint.closed.v1", topic = Topics.AFTERSALES)
public record ComplaintClosed(
        UUID complaintId,
        UUID customerId,
        String ownerId,
        String team,
        String closedBy,
        Instant closedAt) implements ComplaintEvent {
}
