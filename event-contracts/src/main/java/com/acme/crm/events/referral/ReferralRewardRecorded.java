package com.acme.crm.events.referral;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * L-9: a referral lead converted, so the referring customer earned a reward (once per referred lead): a commission
 * (an amount) or points, per customer-service's configuration. Finance pays it; ids only (B-3).
 *
 * @param rewardId the reward
 * @param referrerCustomerId the customer who referred the lead
 * @param referredLeadId the converted referral lead
 * @param newCustomerId the customer the lead converted into (a new one, or the existing one it matched, L-3)
 * @param kind COMMISSION or POINTS
 * @param amount the commission, for COMMISSION
 * @param currency the commission's currency (CNY), for COMMISSION
 * @param points the points, for POINTS
 * @param ownerId the referring customer's owner when the reward was recorded
 * @param team the referring customer's team
 */
@EventType(value = "crm.referral.reward-recorded.v1", topic = Topics.CUSTOMER)
public record ReferralRewardRecorded(
        UUID rewardId,
        UUID referrerCustomerId,
        UUID referredLeadId,
        UUID newCustomerId,
        String kind,
        @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable Integer points,
        String ownerId,
        String team,
        Instant recordedAt) implements ReferralEvent {
}
