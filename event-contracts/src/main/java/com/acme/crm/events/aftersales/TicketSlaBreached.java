package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * a ticket passed its first-response or solution deadline; published once per clock, and the ticket is escalated to its team's manager.
 *
 * @param clock one of RESPONSE, RESOLUTION
 */
@EventType(value = "crm.ticket.sla-breached.v1", topic = Topics.AFTERSALES)
public record TicketSlaBreached(
        UUID ticketId,
        UUID customerId,
        String team,
        String clock,
        Instant dueAt,
        Instant breachedAt) implements TicketEvent {
}
