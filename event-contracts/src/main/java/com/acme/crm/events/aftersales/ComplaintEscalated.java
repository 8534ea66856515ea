package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * a complaint still unhandled 24 h after it was raised was escalated to the team's manager (once).
 */
@EventType(value = "crm.complaint.escalated.v1", topic = Topics.AFTERSALES)
public record ComplaintEscalated(
        UUID complaintId,
        UUID customerId,
        String ownerId,
        String team,
        Instant raisedAt,
        Instant escalatedAt) implements ComplaintEvent {
}
