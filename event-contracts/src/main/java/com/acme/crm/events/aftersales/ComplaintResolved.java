package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * the complaint's plan was executed; the callback to the customer is due within 72 h.
 */
@EventType(value = "crm.complaint.resolved.v1", topic = Topics.AFTERSALES)
public record ComplaintResolved(
        UUID complaintId,
        UUID customerId,
        String ownerId,
        String team,
        String resolvedBy,
        Instant resolvedAt,
        Instant callbackDueAt) implements ComplaintEvent {
}
