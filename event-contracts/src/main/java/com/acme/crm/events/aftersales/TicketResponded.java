package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * a service agent gave the ticket its first response; the response clock stops.
 */
@EventType(value = "crm.ticket.responded.v1", topic = Topics.AFTERSALES)
public record TicketResponded(
        UUID ticketId,
        UUID customerId,
        String team,
        String respondedBy,
        Instant respondedAt) implements TicketEvent {
}
