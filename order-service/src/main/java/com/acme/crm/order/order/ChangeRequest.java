package com.acme.crm.order.order;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * O-6: a requested change to a signed order's terms; it applies only once a manager approves it. Terms left null
 * stay as they are.
 */
public record ChangeRequest(UUID id, UUID orderId, @Nullable LocalDate deliveryDate,
                            @Nullable MilestoneSplit milestones, @Nullable BigDecimal penaltyRate,
                            @Nullable String reason, Status status, String requestedBy, Instant requestedAt,
                            @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String comment) {

    /** Where a request stands. */
    public enum Status { PENDING, APPROVED, REJECTED }

    ChangeRequest decided(Status decision, String by, Instant at, @Nullable String decisionComment) {
        return new ChangeRequest(id, orderId, deliveryDate, milestones, penaltyRate, reason, decision, requestedBy,
                requestedAt, by, at, decisionComment);
    }
}
