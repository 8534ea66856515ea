package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-3: a quote was signed and became an order; its amount counts toward the customer's tier (C-1).
 *
 * @param amount the contract value
 * @param quoteId the signed quote version (added in contracts 0.1, optional: older producers leave it out)
 */
@EventType(value = "crm.order.signed.v1", topic = Topics.ORDER)
public record OrderSigned(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        BigDecimal amount,
        Instant signedAt,
        @Nullable UUID quoteId) implements OrderEvent {
}
