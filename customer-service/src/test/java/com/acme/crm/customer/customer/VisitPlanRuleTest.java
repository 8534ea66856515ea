package com.acme.crm.customer.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C-7 on the domain alone: the count of visits without progress decides when the next visit needs a plan, and only
 * an approved, unused plan lets it through. {@code VisitLog} refuses with C-7 exactly when
 * {@code nextVisitNeedsPlan} is true and no usable plan is named (its end-to-end refusal is
 * {@code CustomerIntegrationTest.c7_theFourthVisitWithoutProgressNeedsAnApprovedPlan}).
 */
class VisitPlanRuleTest {

    private static final int LIMIT = 3; // crm.customer.visits-without-progress-limit default

    @Test
    void c7_afterThreeFruitlessVisitsTheNextNeedsAPlan() {
        assertThat(CustomerFixtures.tierBWithTwoFruitlessVisits().nextVisitNeedsPlan(LIMIT)).isFalse();
        assertThat(CustomerFixtures.tierBWithThreeFruitlessVisits().nextVisitNeedsPlan(LIMIT)).isTrue();
    }

    @Test
    void c7_theThirdFruitlessVisitInARowTriggersTheRule() {
        Customer customer = CustomerFixtures.tierBWithTwoFruitlessVisits();

        customer.visited(false, false);

        assertThat(customer.visitsWithoutProgress()).isEqualTo(3);
        assertThat(customer.nextVisitNeedsPlan(LIMIT)).isTrue();
    }

    @Test
    void c7_theLimitIsConfigurable() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();
        assertThat(customer.nextVisitNeedsPlan(4)).isFalse();
        assertThat(customer.nextVisitNeedsPlan(2)).isTrue();
    }

    @Test
    void c7_aVisitWithProgressEndsTheRun() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();

        customer.visited(true, false);

        assertThat(customer.visitsWithoutProgress()).isZero();
        assertThat(customer.nextVisitNeedsPlan(LIMIT)).isFalse();
    }

    @Test
    void c7_aFruitlessVisitUnderAnApprovedPlanStartsANewRunOfOne() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();

        customer.visited(false, true);

        assertThat(customer.visitsWithoutProgress()).isEqualTo(1);
        customer.visited(false, false);
        assertThat(customer.nextVisitNeedsPlan(LIMIT)).isFalse();
        customer.visited(false, false);
        assertThat(customer.nextVisitNeedsPlan(LIMIT)).as("three fruitless again, the plan counted").isTrue();
    }

    @Test
    void c7_onlyAnApprovedPlanNotYetUsedByAVisitIsUsable() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();

        assertThat(CustomerFixtures.plan(customer, VisitPlan.Status.APPROVED, false).isUsable()).isTrue();
        assertThat(CustomerFixtures.plan(customer, VisitPlan.Status.APPROVED, true).isUsable())
                .as("a plan covers one visit").isFalse();
        assertThat(CustomerFixtures.plan(customer, VisitPlan.Status.PENDING, false).isUsable()).isFalse();
        assertThat(CustomerFixtures.plan(customer, VisitPlan.Status.REJECTED, false).isUsable()).isFalse();
    }
}
