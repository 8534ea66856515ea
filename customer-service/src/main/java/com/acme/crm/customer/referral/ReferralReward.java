package com.acme.crm.customer.referral;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * L-9: a reward a referring customer earned because a lead it referred converted; at most one per referred lead.
 *
 * @param amount the commission, for {@link RewardKind#COMMISSION}
 * @param currency CNY with an amount
 * @param points the points, for {@link RewardKind#POINTS}
 * @param ownerId the referring customer's owner when the reward was recorded
 * @param team the referring customer's team
 */
public record ReferralReward(UUID id, UUID referrerCustomerId, UUID referredLeadId, UUID newCustomerId,
                             RewardKind kind, @Nullable BigDecimal amount, @Nullable String currency,
                             @Nullable Integer points, String ownerId, String team, Instant recordedAt) {

    /** Commissions are paid in this currency. */
    public static final String CURRENCY = "CNY";
}
