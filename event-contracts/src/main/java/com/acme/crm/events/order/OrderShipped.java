package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * O-4: the goods left with a tracking number, which is to be shared with the customer by shareTrackingDueAt;
 * creditSale when shipped before the prepayment was paid, on a manager's approval (O-9).
 */
@EventType(value = "crm.order.shipped.v1", topic = Topics.ORDER)
public record OrderShipped(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        String trackingNumber,
        boolean creditSale,
        Instant shareTrackingDueAt,
        Instant shippedAt) implements OrderEvent {
}
