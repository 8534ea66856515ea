package com.acme.crm.customer.referral;

import com.acme.crm.customer.customer.Customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * L-9: a converted referral lead earns its referring customer one reward of the configured kind: a commission of
 * {@code commission} CNY or {@code points} points. Credited to the referrer's current owner and team.
 */
public record RewardPolicy(RewardKind kind, BigDecimal commission, int points) {

    /** L-9: the reward for {@code referredLead}, which became (or was linked to) {@code newCustomer}. */
    public ReferralReward rewardFor(Customer referrer, UUID referredLead, UUID newCustomer, Instant now) {
        boolean commission = kind == RewardKind.COMMISSION;
        return new ReferralReward(UUID.randomUUID(), referrer.id(), referredLead, newCustomer, kind,
                commission ? commission() : null, commission ? ReferralReward.CURRENCY : null,
                commission ? null : points, referrer.ownerId(), referrer.team(), now);
    }
}
