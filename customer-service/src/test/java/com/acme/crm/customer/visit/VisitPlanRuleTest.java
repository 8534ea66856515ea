package com.acme.crm.customer.visit;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerEvent;
import com.acme.crm.customer.customer.CustomerFixtures;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * C-7 on the domain alone: the count of visits without progress decides when the next visit needs a plan, the
 * customer refuses a visit without one naming C-7, and only an approved, unused plan lets it through. Its end-to-end
 * refusal is {@code CustomerIntegrationTest.c7_theFourthVisitWithoutProgressNeedsAnApprovedPlan}.
 */
class VisitPlanRuleTest {

    private static final int LIMIT = 3; // crm.customer.visits-without-progress-limit default
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = CustomerFixtures.REGISTERED.plus(Duration.ofDays(30));

    @Test
    @DisplayName("C-7: after three fruitless visits the next needs a plan")
    void c7_afterThreeFruitlessVisitsTheNextNeedsAPlan() {
        assertThat(CustomerFixtures.tierBWithTwoFruitlessVisits().nextVisitNeedsPlan(LIMIT)).isFalse();
        assertThat(CustomerFixtures.tierBWithThreeFruitlessVisits().nextVisitNeedsPlan(LIMIT)).isTrue();
    }

    @Test
    @DisplayName("C-7: the third fruitless visit in a row triggers the rule")
    void c7_theThirdFruitlessVisitInARowTriggersTheRule() {
        Customer customer = CustomerFixtures.tierBWithTwoFruitlessVisits();

        visit(customer, false, false);

        assertThat(customer.visitsWithoutProgress()).isEqualTo(3);
        assertThat(customer.nextVisitNeedsPlan(LIMIT)).isTrue();
    }

    @Test
    @DisplayName("C-7: the fourth visit without an approved plan is refused naming C-7, and nothing changes")
    void c7_theFourthVisitWithoutAnApprovedPlanIsRefusedNamingTheRule() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();

        assertThatThrownBy(() -> visit(customer, true, false))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("C-7"));
        assertThat(customer.visitsWithoutProgress()).isEqualTo(3);
        assertThat(customer.state().lastContactAt()).as("the refused visit is no contact").isNull();
    }

    @Test
    @DisplayName("C-7: the limit is configurable")
    void c7_theLimitIsConfigurable() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();
        assertThat(customer.nextVisitNeedsPlan(4)).isFalse();
        assertThat(customer.nextVisitNeedsPlan(2)).isTrue();
        customer.logVisit(report(false), false, 4, SHANGHAI, NOW); // a fourth fruitless visit is fine under a limit of 4
        assertThat(customer.visitsWithoutProgress()).isEqualTo(4);
    }

    @Test
    @DisplayName("C-7: a visit with progress (under the approved plan it needs) ends the run")
    void c7_aVisitWithProgressEndsTheRun() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();

        visit(customer, true, true);

        assertThat(customer.visitsWithoutProgress()).isZero();
        assertThat(customer.nextVisitNeedsPlan(LIMIT)).isFalse();
    }

    @Test
    @DisplayName("C-7: a fruitless visit under an approved plan starts a new run of one")
    void c7_aFruitlessVisitUnderAnApprovedPlanStartsANewRunOfOne() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();

        visit(customer, false, true);

        assertThat(customer.visitsWithoutProgress()).isEqualTo(1);
        visit(customer, false, false);
        assertThat(customer.nextVisitNeedsPlan(LIMIT)).isFalse();
        visit(customer, false, false);
        assertThat(customer.nextVisitNeedsPlan(LIMIT)).as("three fruitless again, the plan counted").isTrue();
    }

    @Test
    @DisplayName("C-7: only an approved plan not yet used by a visit is usable")
    void c7_onlyAnApprovedPlanNotYetUsedByAVisitIsUsable() {
        Customer customer = CustomerFixtures.tierBWithThreeFruitlessVisits();

        assertThat(VisitFixtures.plan(customer, VisitPlan.Status.APPROVED, false).isUsable()).isTrue();
        assertThat(VisitFixtures.plan(customer, VisitPlan.Status.APPROVED, true).isUsable())
                .as("a plan covers one visit").isFalse();
        assertThat(VisitFixtures.plan(customer, VisitPlan.Status.PENDING, false).isUsable()).isFalse();
        assertThat(VisitFixtures.plan(customer, VisitPlan.Status.REJECTED, false).isUsable()).isFalse();
    }

    @Test
    @DisplayName("C-4: a filed visit is reported with its facts, never with the live customer")
    void c4_aLoggedVisitReportsItsFactsAndASnapshotOfTheCustomer() {
        Customer customer = CustomerFixtures.tierBWithTwoFruitlessVisits();
        Visit visit = VisitFixtures.visit(customer, NOW.minus(Duration.ofHours(30)), NOW, false);

        CustomerEvent.VisitLogged logged = customer.logVisit(visit.report(false, true), false, LIMIT, SHANGHAI, NOW);

        assertThat(logged.visitId()).isEqualTo(visit.id());
        assertThat(logged.method()).isEqualTo("ON_SITE");
        assertThat(logged.firstVisit()).isTrue();
        assertThat(logged.filedAt()).isEqualTo(NOW);
        assertThat(logged.customer().visitsWithoutProgress()).isEqualTo(3);
        assertThat(logged.customer().lastOutboundContactAt()).isEqualTo(visit.visitedAt());
        customer.handOver(CustomerFixtures.OTHER_REP, "manager-1", NOW);
        assertThat(logged.customer().ownerId()).as("a snapshot: later changes do not show").isEqualTo(CustomerFixtures.REP);
    }

    /** A customer-initiated visit now (so B-1 does not limit a test's several visits a day). */
    private static void visit(Customer customer, boolean progress, boolean underApprovedPlan) {
        customer.logVisit(report(progress), underApprovedPlan, LIMIT, SHANGHAI, NOW);
    }

    private static Customer.VisitReport report(boolean progress) {
        return new Customer.VisitReport(java.util.UUID.randomUUID(), "ON_SITE", NOW, true, progress, false, false);
    }
}
