package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-10: the order is accepted and every milestone paid and confirmed; it is closed.
 */
@EventType(value = "crm.order.closed.v1", topic = Topics.ORDER)
public record OrderClosed(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        BigDecimal amount,
        Instant closedAt) implements OrderEvent {
}
