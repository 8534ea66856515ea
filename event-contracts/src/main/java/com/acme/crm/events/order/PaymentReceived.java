package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-7: a payment was recorded against an order's milestone.
 *
 * @param milestone e.g. PREPAYMENT, ARRIVAL, ACCEPTANCE
 */
@EventType(value = "crm.order.payment-received.v1", topic = Topics.ORDER)
public record PaymentReceived(
        UUID orderId,
        UUID customerId,
        BigDecimal amount,
        String milestone,
        Instant receivedAt) implements OrderEvent {
}
