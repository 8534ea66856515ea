package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * a resolved ticket was reopened; a new solution deadline runs from now.
 */
@EventType(value = "crm.ticket.reopened.v1", topic = Topics.AFTERSALES)
public record TicketReopened(
        UUID ticketId,
        UUID customerId,
        String team,
        String reopenedBy,
        Instant reopenedAt,
        Instant resolutionDueAt) implements TicketEvent {
}
