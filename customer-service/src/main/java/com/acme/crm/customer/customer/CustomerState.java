package com.acme.crm.customer.customer;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Everything stored about a customer: what the repository reads and writes, what a {@link Customer} is rebuilt
 * from, and the immutable snapshot its events carry.
 */
public record CustomerState(
        UUID id, String company, @Nullable String industry, @Nullable String scale, @Nullable String decisionChain,
        String ownerId, String team, @Nullable String accountManagerId, Tier tier, boolean tierPinned,
        @Nullable String tierPinReason, BigDecimal trailingPurchases, @Nullable Instant lastPurchaseAt,
        @Nullable UUID leadId, Instant registeredAt, String registeredBy, @Nullable Instant pausedUntil,
        @Nullable Instant lastContactAt, @Nullable Instant lastOutboundContactAt, @Nullable Instant dormantAt,
        int visitsWithoutProgress, long version) {
}
