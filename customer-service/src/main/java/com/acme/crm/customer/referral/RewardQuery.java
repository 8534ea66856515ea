package com.acme.crm.customer.referral;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Filters of the reward list (L-9); each absent one matches everything. {@code from} (included) and {@code to}
 * (excluded) bound when the reward was recorded.
 */
public record RewardQuery(@Nullable String ownerId, @Nullable String team, @Nullable Instant from,
                          @Nullable Instant to) {
}
