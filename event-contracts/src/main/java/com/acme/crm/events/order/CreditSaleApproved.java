package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * O-7, O-9: after a recorded credit check a manager approved shipping before the prepayment is paid, and shares
 * responsibility for the receivable.
 */
@EventType(value = "crm.order.credit-sale-approved.v1", topic = Topics.ORDER)
public record CreditSaleApproved(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        String approvedBy,
        Instant approvedAt) implements OrderEvent {
}
