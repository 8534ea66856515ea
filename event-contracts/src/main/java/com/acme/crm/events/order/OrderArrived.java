package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-4: the goods arrived; a delivery later than the delivery date accrued the late-delivery penalty (rate x days
 * late x contract value). acceptanceDueAt is set when acceptance runs from arrival (O-5).
 */
@EventType(value = "crm.order.arrived.v1", topic = Topics.ORDER)
public record OrderArrived(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        int daysLate,
        BigDecimal penalty,
        @Nullable Instant acceptanceDueAt,
        Instant arrivedAt) implements OrderEvent {
}
