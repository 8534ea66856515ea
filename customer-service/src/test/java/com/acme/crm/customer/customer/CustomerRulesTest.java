package com.acme.crm.customer.customer;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.customer.followup.Cadence;
import com.acme.crm.customer.visit.Gift;
import com.acme.crm.customer.visit.Visit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer rules, on the domain alone: each method changes the customer or refuses naming its rule. */
class CustomerRulesTest {

    private static final Instant NOW = CustomerFixtures.REGISTERED; // 10:00 in Shanghai
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final TierPolicy tiers = new TierPolicy(new BigDecimal("1000000"), new BigDecimal("300000"),
            new BigDecimal("1000000"));

    @Test
    @DisplayName("C-1: the tier follows trailing purchases and a manager may pin A")
    void c1_theTierFollowsTrailingPurchasesAndAManagerMayPinA() {
        assertThat(tiers.tierFor(new BigDecimal("1000000"), false)).isEqualTo(Tier.A);
        assertThat(tiers.tierFor(new BigDecimal("999999.99"), false)).isEqualTo(Tier.B);
        assertThat(tiers.tierFor(new BigDecimal("300000"), false)).isEqualTo(Tier.B);
        assertThat(tiers.tierFor(new BigDecimal("299999"), false)).isEqualTo(Tier.C);
        assertThat(tiers.tierFor(BigDecimal.ZERO, true)).isEqualTo(Tier.A);

        Customer customer = CustomerFixtures.newlyRegistered();
        Optional<CustomerEvent.TierChanged> pinned = customer.pinA("strategic partner", tiers, NOW);
        assertThat(customer.tier()).isEqualTo(Tier.A);
        assertThat(pinned).hasValueSatisfying(event -> {
            assertThat(event.previous()).isEqualTo(Tier.C);
            assertThat(event.customer().tier()).isEqualTo(Tier.A);
            assertThat(event.customer().tierPinned()).isTrue();
        });
        assertThat(customer.pinA("still strategic", tiers, NOW)).as("no move, no event").isEmpty();
        customer.unpin(tiers, NOW);
        assertThat(customer.tier()).isEqualTo(Tier.C);
    }

    @Test
    @DisplayName("C-1, C-9: a purchase sets the tier and ends dormancy")
    void c1_c9_aPurchaseSetsTheTierAndEndsDormancy() {
        Customer customer = CustomerFixtures.tierCDormantSince(Duration.ofDays(200));

        Tier previous = customer.recordPurchases(new BigDecimal("450000"), NOW.plus(Duration.ofDays(201)), tiers,
                NOW.plus(Duration.ofDays(201))).orElseThrow().previous();

        assertThat(previous).isEqualTo(Tier.C);
        assertThat(customer.tier()).isEqualTo(Tier.B);
        assertThat(customer.dormantAt()).isNull();
    }

    @Test
    @DisplayName("C-2: the cadence by tier")
    void c2_cadenceByTier() {
        Cadence cadence = new Cadence(Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(30));
        assertThat(cadence.of(Tier.A)).isEqualTo(Duration.ofDays(7));
        assertThat(cadence.of(Tier.B)).isEqualTo(Duration.ofDays(14));
        assertThat(cadence.of(Tier.C)).isEqualTo(Duration.ofDays(30));
    }

    @Test
    @DisplayName("C-3: above a million a year a customer gets a dedicated account manager")
    void c3_aboveAMillionAYearACustomerGetsADedicatedAccountManager() {
        assertThat(tiers.needsAccountManager(new BigDecimal("1000000"))).isFalse();
        assertThat(tiers.needsAccountManager(new BigDecimal("1000000.01"))).isTrue();

        Customer customer = CustomerFixtures.tierA();
        CustomerEvent.AccountManagerAssigned assigned = customer.assignAccountManager("am-1", NOW);
        assertThat(customer.accountManagerId()).isEqualTo("am-1");
        assertThat(assigned.previous()).isNull();
        assertThat(assigned.customer().accountManagerId()).isEqualTo("am-1");
    }

    @Test
    @DisplayName("C-4: a visit filed more than 24 hours later is late; no contact in the future")
    void c4_aVisitFiledMoreThan24HoursLaterIsLate() {
        Duration deadline = Duration.ofHours(24);
        assertThat(Visit.isLate(NOW, NOW.plus(Duration.ofHours(23)), deadline)).isFalse();
        assertThat(Visit.isLate(NOW, NOW.plus(Duration.ofHours(25)), deadline)).isTrue();
        assertThatThrownBy(() -> CustomerFixtures.tierC().recordContact(NOW.plusSeconds(60), true, NOW, SHANGHAI))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-4"));
    }

    @Test
    @DisplayName("C-6: a pause lasts one to two months and stops outbound contact")
    void c6_aPauseLastsOneToTwoMonthsAndStopsOutboundContact() {
        Customer customer = CustomerFixtures.newlyRegistered();
        assertThatThrownBy(() -> customer.pause(Duration.ofDays(10), Duration.ofDays(30), Duration.ofDays(60), NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-6"));

        Instant until = customer.pause(Duration.ofDays(45), Duration.ofDays(30), Duration.ofDays(60), NOW).until();
        assertThat(until).isEqualTo(NOW.plus(Duration.ofDays(45)));
        assertThatThrownBy(() -> customer.recordContact(NOW, true, NOW, SHANGHAI))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-6"));
        customer.recordContact(NOW, false, NOW, SHANGHAI); // the customer may still call in
        customer.resume(until);
        customer.recordContact(NOW, true, NOW, SHANGHAI);
    }

    @Test
    @DisplayName("C-6: only a pause that has ended resumes, reporting it")
    void c6_onlyAnEndedPauseResumes() {
        Instant until = NOW.plus(Duration.ofDays(45));
        Customer customer = CustomerFixtures.tierCPausedUntil(until);

        assertThatThrownBy(() -> customer.resume(until.minusSeconds(1)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-6"));
        CustomerEvent.Resumed resumed = customer.resume(until);

        assertThat(resumed.customer().pausedUntil()).isNull();
        assertThat(resumed.at()).isEqualTo(until);
        assertThatThrownBy(() -> customer.resume(until)).as("resumed once")
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    @DisplayName("B-1: at most one outbound contact a day unless the customer initiates")
    void b1_atMostOneOutboundContactADayUnlessTheCustomerInitiates() {
        Customer customer = CustomerFixtures.newlyRegistered();
        customer.recordContact(NOW, true, NOW, SHANGHAI);

        assertThatThrownBy(() -> customer.recordContact(NOW.plusSeconds(3600), true, NOW.plusSeconds(3600), SHANGHAI))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("B-1"));
        customer.recordContact(NOW.plusSeconds(3600), false, NOW.plusSeconds(3600), SHANGHAI);
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        customer.recordContact(tomorrow, true, tomorrow, SHANGHAI);
    }

    @Test
    @DisplayName("C-7: three visits without progress require a plan and progress resets the count")
    void c7_threeVisitsWithoutProgressRequireAPlanAndProgressResetsTheCount() {
        Customer customer = CustomerFixtures.newlyRegistered();
        visit(customer, false, false);
        visit(customer, false, false);
        assertThat(customer.nextVisitNeedsPlan(3)).isFalse();
        visit(customer, false, false);
        assertThat(customer.nextVisitNeedsPlan(3)).isTrue();

        visit(customer, false, true);
        assertThat(customer.nextVisitNeedsPlan(3)).as("a planned visit restarts the count").isFalse();
        visit(customer, true, false);
        assertThat(customer.visitsWithoutProgress()).isZero();
    }

    @Test
    @DisplayName("C-9: no purchase for six months is dormant")
    void c9_noPurchaseForSixMonthsIsDormant() {
        Customer customer = CustomerFixtures.newlyRegistered();
        assertThat(customer.isDormantBy(NOW.plus(Duration.ofDays(179)), Duration.ofDays(180))).isFalse();
        assertThat(customer.isDormantBy(NOW.plus(Duration.ofDays(181)), Duration.ofDays(180))).isTrue();
    }

    @Test
    @DisplayName("C-9: a customer turns dormant once, with its reactivation task, and only after six months")
    void c9_aCustomerTurnsDormantOnceWithItsReactivationTask() {
        Customer customer = CustomerFixtures.newlyRegistered();
        UUID task = UUID.randomUUID();
        Duration sixMonths = Duration.ofDays(180);

        assertThatThrownBy(() -> customer.turnDormant(task, sixMonths, NOW.plus(Duration.ofDays(179))))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-9"));
        CustomerEvent.Dormant dormant = customer.turnDormant(task, sixMonths, NOW.plus(Duration.ofDays(181)));

        assertThat(dormant.taskId()).isEqualTo(task);
        assertThat(dormant.customer().dormantAt()).isEqualTo(NOW.plus(Duration.ofDays(181)));
        assertThatThrownBy(() -> customer.turnDormant(task, sixMonths, NOW.plus(Duration.ofDays(182))))
                .as("dormant once").isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    @DisplayName("C-10: gifts must be company-branded and worth at most 200")
    void c10_giftsMustBeCompanyBrandedAndWorthAtMost200() {
        BigDecimal max = new BigDecimal("200");
        Gift.check(List.of(new Gift("branded notebook", new BigDecimal("200"), true)), max);
        assertThatThrownBy(() -> Gift.check(List.of(new Gift("watch", new BigDecimal("200.01"), true)), max))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-10"));
        assertThatThrownBy(() -> Gift.check(List.of(new Gift("wine", new BigDecimal("50"), false)), max))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-10"));
    }

    @Test
    @DisplayName("C-8: a handover needs another rep")
    void c8_aHandoverNeedsAnotherRep() {
        Customer customer = CustomerFixtures.newlyRegistered();
        assertThat(customer.handOver("rep-2", "mgr", NOW).previousOwner()).isEqualTo("rep-1");
        assertThatThrownBy(() -> customer.handOver("rep-2", "mgr", NOW)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    @DisplayName("L-6, C-1: a new customer starts at tier C and its registration carries ids and fingerprints")
    void aRegistrationReportsTheNewCustomerAtTierC() {
        UUID lead = UUID.randomUUID();
        CustomerEvent.Registered registered = Customer.register(new Customer.Profile("Ningbo Moulds", null, null, null),
                "rep-1", "east", lead, List.of("fp-1"), "lead-service", NOW);

        assertThat(registered.customer().tier()).isEqualTo(Tier.C);
        assertThat(registered.customer().leadId()).isEqualTo(lead);
        assertThat(registered.leadId()).isEqualTo(lead);
        assertThat(registered.fingerprints()).containsExactly("fp-1");
        assertThat(registered.customer().registeredAt()).isEqualTo(NOW);
    }

    /** A customer-initiated visit now, so B-1 does not limit several visits a day. */
    private static void visit(Customer customer, boolean progress, boolean underApprovedPlan) {
        customer.logVisit(new Customer.VisitReport(UUID.randomUUID(), "ON_SITE", NOW, true, progress, false, false),
                underApprovedPlan, 3, SHANGHAI, NOW);
    }
}
