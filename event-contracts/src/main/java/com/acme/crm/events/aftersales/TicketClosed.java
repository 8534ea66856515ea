package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * a resolved ticket was closed.
 */
@EventType(value = "crm.ticket.closed.v1", topic = Topics.AFTERSALES)
public record TicketClosed(
        UUID ticketId,
        UUID customerId,
        String team,
        String closedBy,
        Instant closedAt) implements TicketEvent {
}
