package com.acme.crm.customer.referral;

import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerFixtures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** L-9: when a signed order's referral request is due, and what a converted referral lead earns its referrer. */
class ReferralRulesTest {

    static final Instant SIGNED = Instant.parse("2026-11-23T02:00:00Z");
    static final ReferralProperties DEFAULTS = new ReferralProperties(Duration.ofDays(7), RewardKind.COMMISSION,
            new BigDecimal("500.00"), 100);

    @Test
    void l9_theReferralRequestIsDueSevenDaysAfterSigningByDefault() {
        assertThat(DEFAULTS.requestPolicy().dueAt(CustomerFixtures.tierC(), SIGNED))
                .contains(SIGNED.plus(Duration.ofDays(7)));
        assertThat(new ReferralRequestPolicy(Duration.ofDays(14)).dueAt(CustomerFixtures.tierC(), SIGNED))
                .contains(SIGNED.plus(Duration.ofDays(14)));
    }

    @Test
    void l9_c6_aCustomerStillPausedWhenTheRequestWouldBeDueGetsNone() {
        Customer pausedPastDue = CustomerFixtures.tierCPausedUntil(SIGNED.plus(Duration.ofDays(7)).plusSeconds(1));

        assertThat(DEFAULTS.requestPolicy().dueAt(pausedPastDue, SIGNED)).isEmpty();
    }

    @Test
    void l9_c6_aPauseEndingByTheDueTimeDoesNotStopTheRequest() {
        Instant due = SIGNED.plus(Duration.ofDays(7));

        assertThat(DEFAULTS.requestPolicy().dueAt(CustomerFixtures.tierCPausedUntil(due), SIGNED)).contains(due);
        assertThat(DEFAULTS.requestPolicy().dueAt(CustomerFixtures.tierCPausedUntil(SIGNED.plusSeconds(60)), SIGNED))
                .contains(due);
    }

    @Test
    void l9_aCommissionOf500YuanByDefault_creditedToTheReferrersOwnerAndTeam() {
        Customer referrer = CustomerFixtures.tierB();
        UUID lead = UUID.randomUUID();
        UUID newCustomer = UUID.randomUUID();

        ReferralReward reward = DEFAULTS.rewardPolicy().rewardFor(referrer, lead, newCustomer, SIGNED);

        assertThat(reward.kind()).isEqualTo(RewardKind.COMMISSION);
        assertThat(reward.amount()).isEqualByComparingTo("500.00");
        assertThat(reward.currency()).isEqualTo("CNY");
        assertThat(reward.points()).isNull();
        assertThat(reward.referrerCustomerId()).isEqualTo(referrer.id());
        assertThat(reward.referredLeadId()).isEqualTo(lead);
        assertThat(reward.newCustomerId()).isEqualTo(newCustomer);
        assertThat(reward.ownerId()).isEqualTo(CustomerFixtures.REP);
        assertThat(reward.team()).isEqualTo(CustomerFixtures.TEAM);
        assertThat(reward.recordedAt()).isEqualTo(SIGNED);
    }

    @Test
    void l9_pointsWhenConfigured_100ByDefault_withoutAnAmount() {
        ReferralProperties points = new ReferralProperties(Duration.ofDays(7), RewardKind.POINTS,
                new BigDecimal("500.00"), 100);

        ReferralReward reward = points.rewardPolicy().rewardFor(CustomerFixtures.tierC(), UUID.randomUUID(),
                UUID.randomUUID(), SIGNED);

        assertThat(reward.kind()).isEqualTo(RewardKind.POINTS);
        assertThat(reward.points()).isEqualTo(100);
        assertThat(reward.amount()).isNull();
        assertThat(reward.currency()).isNull();
    }

    @Test
    void l9_settingsAreNeverNegative() {
        assertThatThrownBy(() -> new ReferralProperties(Duration.ofDays(-1), RewardKind.POINTS, BigDecimal.ONE, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferralProperties(Duration.ofDays(7), RewardKind.COMMISSION,
                new BigDecimal("-1"), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferralProperties(Duration.ofDays(7), RewardKind.POINTS, BigDecimal.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
