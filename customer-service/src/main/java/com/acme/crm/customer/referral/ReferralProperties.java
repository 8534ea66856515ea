package com.acme.crm.customer.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Referral settings ({@code crm.referral.*}, L-9).
 *
 * @param requestDelay L-9: the referral-request task is due this long after the order was signed
 * @param rewardKind L-9: what a referring customer earns per converted referral lead
 * @param commissionAmount L-9: the commission (CNY) when the kind is COMMISSION
 * @param points L-9: the points when the kind is POINTS
 */
@ConfigurationProperties("crm.referral")
public record ReferralProperties(
        @DefaultValue("7d") Duration requestDelay,
        @DefaultValue("COMMISSION") RewardKind rewardKind,
        @DefaultValue("500.00") BigDecimal commissionAmount,
        @DefaultValue("100") int points) {

    public ReferralProperties {
        if (requestDelay.isNegative()) {
            throw new IllegalArgumentException("crm.referral.request-delay is never negative");
        }
        if (commissionAmount.signum() < 0 || points < 0) {
            throw new IllegalArgumentException("crm.referral.commission-amount and points are never negative");
        }
    }

    /** L-9: the reward these settings grant. */
    public RewardPolicy rewardPolicy() {
        return new RewardPolicy(rewardKind, commissionAmount, points);
    }

    /** L-9: when the referral request of a signed order is due. */
    public ReferralRequestPolicy requestPolicy() {
        return new ReferralRequestPolicy(requestDelay);
    }
}
