package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * a customer opened an after-sales ticket; it is assigned round-robin to one of the team's service agents (or left unassigned) and its first-response and solution deadlines are stored.
 *
 * @param ticketType one of HARDWARE_FAULT, OPERATION_QUESTION, SOFTWARE_BUG
 * @param priority one of LOW, NORMAL, HIGH, URGENT
 */
@EventType(value = "crm.ticket.opened.v1", topic = Topics.AFTERSALES)
public record TicketOpened(
        UUID ticketId,
        UUID customerId,
        @Nullable UUID orderId,
        String ticketType,
        String priority,
        String team,
        @Nullable String assigneeId,
        String openedBy,
        Instant openedAt,
        Instant responseDueAt,
        Instant resolutionDueAt) implements TicketEvent {
}
