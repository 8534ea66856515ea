package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * O-4: production of the order is scheduled (the first fulfilment stage).
 */
@EventType(value = "crm.order.production-scheduled.v1", topic = Topics.ORDER)
public record OrderProductionScheduled(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        Instant scheduledAt) implements OrderEvent {
}
