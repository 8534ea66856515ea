package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * the ticket's solution was delivered; the solution clock stops.
 */
@EventType(value = "crm.ticket.resolved.v1", topic = Topics.AFTERSALES)
public record TicketResolved(
        UUID ticketId,
        UUID customerId,
        String team,
        String resolvedBy,
        Instant resolvedAt) implements TicketEvent {
}
