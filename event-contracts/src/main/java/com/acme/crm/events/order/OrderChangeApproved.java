package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * O-6: a manager approved a change to a signed order's terms, which now applies; the terms not changed are null.
 */
@EventType(value = "crm.order.change-approved.v1", topic = Topics.ORDER)
public record OrderChangeApproved(
        UUID orderId,
        UUID changeRequestId,
        String ownerId,
        String team,
        @Nullable LocalDate deliveryDate,
        @Nullable BigDecimal prepaymentPercent,
        @Nullable BigDecimal arrivalPercent,
        @Nullable BigDecimal acceptancePercent,
        @Nullable BigDecimal penaltyRate,
        String requestedBy,
        String approvedBy,
        Instant approvedAt) implements OrderEvent {
}
