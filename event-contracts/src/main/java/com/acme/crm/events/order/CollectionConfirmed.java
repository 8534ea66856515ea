package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-10: finance (or the general manager where configured) confirmed a payment sales recorded; only confirmed money
 * settles a milestone.
 */
@EventType(value = "crm.order.collection-confirmed.v1", topic = Topics.ORDER)
public record CollectionConfirmed(
        UUID orderId,
        UUID customerId,
        UUID paymentId,
        String milestone,
        BigDecimal amount,
        String confirmedBy,
        Instant confirmedAt) implements OrderEvent {
}
