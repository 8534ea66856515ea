package com.acme.crm.customer.customer;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer rules, on the domain alone. */
class CustomerRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z"); // 10:00 in Shanghai
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final TierPolicy tiers = new TierPolicy(new BigDecimal("1000000"), new BigDecimal("300000"),
            new BigDecimal("1000000"));

    @Test
    void c1_theTierFollowsTrailingPurchasesAndAManagerMayPinA() {
        assertThat(tiers.tierFor(new BigDecimal("1000000"), false)).isEqualTo(Tier.A);
        assertThat(tiers.tierFor(new BigDecimal("999999.99"), false)).isEqualTo(Tier.B);
        assertThat(tiers.tierFor(new BigDecimal("300000"), false)).isEqualTo(Tier.B);
        assertThat(tiers.tierFor(new BigDecimal("299999"), false)).isEqualTo(Tier.C);
        assertThat(tiers.tierFor(BigDecimal.ZERO, true)).isEqualTo(Tier.A);

        Customer customer = customer();
        customer.pinA("strategic partner", tiers);
        assertThat(customer.tier()).isEqualTo(Tier.A);
        customer.unpin(tiers);
        assertThat(customer.tier()).isEqualTo(Tier.C);
    }

    @Test
    void c1_c9_aPurchaseSetsTheTierAndEndsDormancy() {
        Customer customer = customer();
        customer.markDormant(NOW);

        Tier previous = customer.purchases(new BigDecimal("450000"), NOW, tiers);

        assertThat(previous).isEqualTo(Tier.C);
        assertThat(customer.tier()).isEqualTo(Tier.B);
        assertThat(customer.dormantAt()).isNull();
    }

    @Test
    void c2_cadenceByTier() {
        Cadence cadence = new Cadence(Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(30));
        assertThat(cadence.of(Tier.A)).isEqualTo(Duration.ofDays(7));
        assertThat(cadence.of(Tier.B)).isEqualTo(Duration.ofDays(14));
        assertThat(cadence.of(Tier.C)).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void c3_aboveAMillionAYearACustomerGetsADedicatedAccountManager() {
        assertThat(tiers.needsAccountManager(new BigDecimal("1000000"))).isFalse();
        assertThat(tiers.needsAccountManager(new BigDecimal("1000000.01"))).isTrue();
    }

    @Test
    void c4_aVisitFiledMoreThan24HoursLaterIsLate() {
        Duration deadline = Duration.ofHours(24);
        assertThat(Visit.isLate(NOW, NOW.plus(Duration.ofHours(23)), deadline)).isFalse();
        assertThat(Visit.isLate(NOW, NOW.plus(Duration.ofHours(25)), deadline)).isTrue();
    }

    @Test
    void c6_aPauseLastsOneToTwoMonthsAndStopsOutboundContact() {
        Customer customer = customer();
        assertThatThrownBy(() -> customer.pause(Duration.ofDays(10), Duration.ofDays(30), Duration.ofDays(60), NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-6"));

        Instant until = customer.pause(Duration.ofDays(45), Duration.ofDays(30), Duration.ofDays(60), NOW);
        assertThat(until).isEqualTo(NOW.plus(Duration.ofDays(45)));
        assertThatThrownBy(() -> customer.recordContact(NOW, true, NOW, SHANGHAI))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-6"));
        customer.recordContact(NOW, false, NOW, SHANGHAI); // the customer may still call in
        customer.resume();
        customer.recordContact(NOW, true, NOW, SHANGHAI);
    }

    @Test
    void b1_atMostOneOutboundContactADayUnlessTheCustomerInitiates() {
        Customer customer = customer();
        customer.recordContact(NOW, true, NOW, SHANGHAI);

        assertThatThrownBy(() -> customer.recordContact(NOW.plusSeconds(3600), true, NOW.plusSeconds(3600), SHANGHAI))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("B-1"));
        customer.recordContact(NOW.plusSeconds(3600), false, NOW.plusSeconds(3600), SHANGHAI);
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        customer.recordContact(tomorrow, true, tomorrow, SHANGHAI);
    }

    @Test
    void c7_threeVisitsWithoutProgressRequireAPlanAndProgressResetsTheCount() {
        Customer customer = customer();
        customer.visited(false, false);
        customer.visited(false, false);
        assertThat(customer.nextVisitNeedsPlan(3)).isFalse();
        customer.visited(false, false);
        assertThat(customer.nextVisitNeedsPlan(3)).isTrue();

        customer.visited(false, true);
        assertThat(customer.nextVisitNeedsPlan(3)).as("a planned visit restarts the count").isFalse();
        customer.visited(true, false);
        assertThat(customer.visitsWithoutProgress()).isZero();
    }

    @Test
    void c9_noPurchaseForSixMonthsIsDormant() {
        Customer customer = customer();
        assertThat(customer.isDormantBy(NOW.plus(Duration.ofDays(179)), Duration.ofDays(180))).isFalse();
        assertThat(customer.isDormantBy(NOW.plus(Duration.ofDays(181)), Duration.ofDays(180))).isTrue();
    }

    @Test
    void c10_giftsMustBeCompanyBrandedAndWorthAtMost200() {
        BigDecimal max = new BigDecimal("200");
        Gift.check(List.of(new Gift("branded notebook", new BigDecimal("200"), true)), max);
        assertThatThrownBy(() -> Gift.check(List.of(new Gift("watch", new BigDecimal("200.01"), true)), max))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-10"));
        assertThatThrownBy(() -> Gift.check(List.of(new Gift("wine", new BigDecimal("50"), false)), max))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-10"));
    }

    @Test
    void c8_aHandoverNeedsAnotherRep() {
        Customer customer = customer();
        assertThat(customer.handOver("rep-2")).isEqualTo("rep-1");
        assertThatThrownBy(() -> customer.handOver("rep-2")).isInstanceOf(BusinessRuleViolation.class);
    }

    private static Customer customer() {
        return Customer.register("Hangzhou Pumps", "machinery", "MEDIUM", null, "rep-1", "east", null, "rep-1", NOW);
    }
}
