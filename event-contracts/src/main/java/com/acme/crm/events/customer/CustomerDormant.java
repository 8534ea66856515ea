package com.acme.crm.events.customer;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * C-9: a customer went 6 months without a purchase; a reactivation task is open for its owner.
 *
 * @param lastPurchaseAt none if it never bought
 * @param taskId the reactivation task
 */
@EventType(value = "crm.customer.dormant.v1", topic = Topics.CUSTOMER)
public record CustomerDormant(
        UUID customerId,
        String ownerId,
        String team,
        @Nullable Instant lastPurchaseAt,
        Instant dormantAt,
        UUID taskId) implements CustomerEvent {
}
