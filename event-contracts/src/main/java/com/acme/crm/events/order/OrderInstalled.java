package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * O-4: installation is complete; acceptanceDueAt is set when installation is part of the order and acceptance runs
 * from it (O-5).
 */
@EventType(value = "crm.order.installed.v1", topic = Topics.ORDER)
public record OrderInstalled(
        UUID orderId,
        UUID customerId,
        String ownerId,
        String team,
        @Nullable Instant acceptanceDueAt,
        Instant installedAt) implements OrderEvent {
}
