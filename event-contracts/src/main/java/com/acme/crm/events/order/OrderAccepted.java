package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * O-5: the customer accepted the order, or it was deemed accepted (deemed: true) when the acceptance window passed
 * without an answer. After-sales sends the satisfaction survey on it.
 */
@EventType(value = "crm.order.accepted.v1", topic = Topics.ORDER)
public record OrderAccepted(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        boolean deemed,
        Instant acceptedAt) implements OrderEvent {
}
