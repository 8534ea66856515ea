package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-7: a payment milestone passed its due time with money outstanding; published once per milestone. It goes on
 * the owning rep's collection list (O-10); coResponsibleManager is the manager who approved a credit sale (O-9).
 */
@EventType(value = "crm.order.receivable-overdue.v1", topic = Topics.ORDER)
public record ReceivableOverdue(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        String milestone,
        BigDecimal outstanding,
        Instant dueAt,
        @Nullable String coResponsibleManager,
        Instant detectedAt) implements OrderEvent {
}
