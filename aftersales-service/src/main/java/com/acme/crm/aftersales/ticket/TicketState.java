package com.acme.crm.aftersales.ticket;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket as stored. The deadlines are set when the ticket opens (or reopens) and never recomputed on read.
 *
 * @param ownerId the customer's owning rep, who reads the ticket
 * @param team the customer's team; its service agents work the ticket and its manager gets the escalations
 * @param assigneeId the agent chosen round-robin from the team's roster, null when the roster was empty
 */
public record TicketState(
        UUID id,
        UUID customerId,
        @Nullable UUID orderId,
        TicketType type,
        Priority priority,
        String description,
        String ownerId,
        String team,
        @Nullable String assigneeId,
        TicketStatus status,
        String openedBy,
        Instant openedAt,
        Instant responseDueAt,
        Instant resolutionDueAt,
        @Nullable Instant respondedAt,
        @Nullable String respondedBy,
        @Nullable Instant resolvedAt,
        @Nullable String resolvedBy,
        @Nullable Instant closedAt,
        @Nullable Instant responseBreachedAt,
        @Nullable Instant resolutionBreachedAt,
        @Nullable Instant escalatedAt,
        long version) {
}
