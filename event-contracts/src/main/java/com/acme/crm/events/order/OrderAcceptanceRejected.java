package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * O-5: the customer rejected the delivery with reasons (kept in order-service, not in the event); the deemed-
 * acceptance clock stopped.
 */
@EventType(value = "crm.order.acceptance-rejected.v1", topic = Topics.ORDER)
public record OrderAcceptanceRejected(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        Instant rejectedAt) implements OrderEvent {
}
