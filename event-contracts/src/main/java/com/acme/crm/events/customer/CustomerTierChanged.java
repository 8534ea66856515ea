package com.acme.crm.events.customer;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * C-1: a customer's tier changed, recomputed from trailing-12-month purchases or pinned to A by a manager.
 *
 * @param pinned a manager pinned A (strategic partner, high growth)
 * @param trailingPurchases purchases signed in the trailing 12 months
 */
@EventType(value = "crm.customer.tier-changed.v1", topic = Topics.CUSTOMER)
public record CustomerTierChanged(
        UUID customerId,
        String ownerId,
        String team,
        String tier,
        @Nullable String previousTier,
        boolean pinned,
        BigDecimal trailingPurchases,
        Instant changedAt) implements CustomerEvent {
}
