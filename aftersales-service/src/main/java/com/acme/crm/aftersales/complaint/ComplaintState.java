package com.acme.crm.aftersales.complaint;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint as stored. Each clock's deadline is stored when the clock starts and never recomputed on read. The
 * complainant is a name only; no contact data is kept here (B-3). Content, plan, root cause and actions stay in this
 * service: they are never published.
 */
public record ComplaintState(
        UUID id,
        UUID customerId,
        String ownerId,
        String team,
        String complainant,
        ComplaintChannel channel,
        String content,
        @Nullable UUID relatedOrderId,
        ComplaintStatus status,
        String raisedBy,
        Instant raisedAt,
        Instant apologyDueAt,
        Instant escalationDueAt,
        @Nullable String initialPlan,
        @Nullable String plannedBy,
        @Nullable Instant plannedAt,
        @Nullable Instant executionDueAt,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        @Nullable Instant callbackDueAt,
        @Nullable Instant calledBackAt,
        @Nullable String rootCause,
        @Nullable String improvementActions,
        @Nullable String closedBy,
        @Nullable Instant closedAt,
        @Nullable Instant apologyBreachedAt,
        @Nullable Instant executionBreachedAt,
        @Nullable Instant callbackBreachedAt,
        @Nullable Instant escalatedAt,
        long version) {
}
