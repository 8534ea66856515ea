package com.acme.crm.customer.plan;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.acme.crm.customer.plan.DailyPlanFixtures.CALENDAR;
import static com.acme.crm.customer.plan.DailyPlanFixtures.CUSTOMER_A;
import static com.acme.crm.customer.plan.DailyPlanFixtures.CUSTOMER_B;
import static com.acme.crm.customer.plan.DailyPlanFixtures.LEAD_L;
import static com.acme.crm.customer.plan.DailyPlanFixtures.MANAGER;
import static com.acme.crm.customer.plan.DailyPlanFixtures.MONDAY;
import static com.acme.crm.customer.plan.DailyPlanFixtures.MONDAY_0900;
import static com.acme.crm.customer.plan.DailyPlanFixtures.MONDAY_1800;
import static com.acme.crm.customer.plan.DailyPlanFixtures.OTHER_REP;
import static com.acme.crm.customer.plan.DailyPlanFixtures.REP;
import static com.acme.crm.customer.plan.DailyPlanFixtures.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R-3 rules of the {@link DailyPlan} aggregate, one test per rule; no Spring, no database. */
class DailyPlanTest {

    private static final DailyCounts ALL_MET = new DailyCounts(100, 2, 2);

    @Test
    void r3_aPlanSubmittedBefore0930ShanghaiIsOnTimeAfterItLateButAccepted() {
        DailyPlanState onTime = DailyPlan.submit(UUID.randomUUID(), REP, TEAM, MONDAY, DailyPlanFixtures.defaultDraft(),
                CALENDAR, Instant.parse("2026-11-23T01:29:00Z")).plan();
        DailyPlanState late = DailyPlan.submit(UUID.randomUUID(), REP, TEAM, MONDAY, DailyPlanFixtures.defaultDraft(),
                CALENDAR, Instant.parse("2026-11-23T01:31:00Z")).plan();

        assertThat(onTime.late()).isFalse();
        assertThat(late.late()).isTrue();
        assertThat(late.status()).isEqualTo(DailyPlan.Status.SUBMITTED);
        assertThat(late.revision()).isOne();
    }

    @Test
    void r3_aSecondSubmissionBeforeApprovalIsANewRevisionThatKeepsTheFirstSubmissionsLateFlag() {
        DailyPlan plan = DailyPlanFixtures.sentBack();
        DailyPlan.Draft more = new DailyPlan.Draft(new DailyCounts(120, 3, 2), List.of(CUSTOMER_A), List.of());

        DailyPlanState revised = plan.revise(more, REP, Instant.parse("2026-11-23T02:00:00Z")).plan(); // 10:00

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.status()).isEqualTo(DailyPlan.Status.SUBMITTED);
        assertThat(revised.targets()).isEqualTo(new DailyCounts(120, 3, 2));
        assertThat(revised.targetCustomerIds()).containsExactly(CUSTOMER_A);
        assertThat(revised.late()).as("the 09:00 submission was on time").isFalse();
        assertThat(revised.decidedBy()).as("the send-back is history now").isNull();
    }

    @Test
    void r3_anApprovedPlanCannotChange() {
        DailyPlan plan = DailyPlanFixtures.approved();

        assertThatThrownBy(() -> plan.revise(DailyPlanFixtures.defaultDraft(), REP, MONDAY_0900.plusSeconds(3600)))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-3");
        assertThat(plan.isFinal()).isTrue();
    }

    @Test
    void r3_onlyThePlansRepRevisesIt() {
        assertThatThrownBy(() -> DailyPlanFixtures.submittedOnTime().revise(DailyPlanFixtures.defaultDraft(),
                OTHER_REP, MONDAY_0900)).isInstanceOf(ForbiddenByRule.class).extracting("rule").isEqualTo("R-3");
    }

    @Test
    void r3_theTeamsManagerApprovesAndTheApprovalCarriesTheTargets() {
        DailyPlan plan = DailyPlanFixtures.submittedOnTime();

        DailyPlanEvent event = plan.decide(true, null, MANAGER, true, MONDAY_0900.plusSeconds(600));

        assertThat(event).isInstanceOf(DailyPlanEvent.Approved.class);
        assertThat(event.plan().status()).isEqualTo(DailyPlan.Status.APPROVED);
        assertThat(event.plan().decidedBy()).isEqualTo(MANAGER);
        assertThat(event.plan().targetCustomerIds()).containsExactly(CUSTOMER_A, CUSTOMER_B);
    }

    @Test
    void r3_aRepCannotApproveTheirOwnPlan() {
        DailyPlan plan = DailyPlanFixtures.submittedOnTime();

        assertThatThrownBy(() -> plan.decide(true, null, REP, true, MONDAY_0900))
                .isInstanceOf(ForbiddenByRule.class).extracting("rule").isEqualTo("R-3");
        assertThatThrownBy(() -> plan.decide(true, null, OTHER_REP, false, MONDAY_0900))
                .as("a colleague without a manager's role").isInstanceOf(ForbiddenByRule.class);
        assertThat(plan.status()).isEqualTo(DailyPlan.Status.SUBMITTED);
    }

    @Test
    void r3_aPlanIsSentBackOnlyWithAComment() {
        DailyPlan plan = DailyPlanFixtures.submittedOnTime();

        assertThatThrownBy(() -> plan.decide(false, " ", MANAGER, true, MONDAY_0900))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-3");
        DailyPlanEvent sentBack = plan.decide(false, "Add the Ningbo visit", MANAGER, true, MONDAY_0900);
        assertThat(sentBack).isInstanceOf(DailyPlanEvent.SentBack.class);
        assertThat(sentBack.plan().decisionComment()).isEqualTo("Add the Ningbo visit");
    }

    @Test
    void r3_onlyASubmittedPlanIsDecided() {
        assertThatThrownBy(() -> DailyPlanFixtures.approved().decide(false, "again", MANAGER, true, MONDAY_0900))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-3");
        assertThatThrownBy(() -> DailyPlanFixtures.sentBack().decide(true, null, MANAGER, true, MONDAY_0900))
                .as("a sent-back plan waits for the rep's revision").isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void r3_aReviewBeforeThePlanIsApprovedIsRefused() {
        DailyPlan plan = DailyPlanFixtures.submittedOnTime();

        assertThatThrownBy(() -> plan.review(ALL_MET, Set.of(CUSTOMER_A, CUSTOMER_B), Set.of(LEAD_L), Map.of(), REP,
                MONDAY, MONDAY_1800)).isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-3");
        assertThat(plan.status()).isEqualTo(DailyPlan.Status.SUBMITTED);
    }

    @Test
    void r3_onlyThePlansRepReviewsIt() {
        assertThatThrownBy(() -> DailyPlanFixtures.approved().review(ALL_MET, Set.of(CUSTOMER_A, CUSTOMER_B),
                Set.of(LEAD_L), Map.of(), MANAGER, MONDAY, MONDAY_1800))
                .isInstanceOf(ForbiddenByRule.class).extracting("rule").isEqualTo("R-3");
    }

    @Test
    void r3_aDayIsReviewedOnThatDayOrLater() {
        assertThatThrownBy(() -> DailyPlanFixtures.approved().checkReviewable(REP, MONDAY.minusDays(1)))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-3");
    }

    @Test
    void r3_everyMissedTargetIsNamedCountsFirstThenCustomersThenLeads() {
        DailyPlan plan = DailyPlanFixtures.approved();

        List<String> misses = plan.misses(new DailyCounts(80, 1, 2), Set.of(CUSTOMER_A), Set.of());

        assertThat(misses).containsExactly("calls", "visits", "customer:" + CUSTOMER_B, "lead:" + LEAD_L);
        assertThat(plan.misses(ALL_MET, Set.of(CUSTOMER_A, CUSTOMER_B), Set.of(LEAD_L))).isEmpty();
    }

    @Test
    void r3_aMissWithoutAReasonIsRefused() {
        DailyPlan plan = DailyPlanFixtures.approved();

        assertThatThrownBy(() -> plan.review(new DailyCounts(80, 2, 2), Set.of(CUSTOMER_A, CUSTOMER_B), Set.of(LEAD_L),
                Map.of("visits", "not a miss"), REP, MONDAY, MONDAY_1800))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("calls");
        assertThat(plan.status()).isEqualTo(DailyPlan.Status.APPROVED);
    }

    @Test
    void r3_theReviewKeepsEachMissWithItsReasonAndDropsReasonsForTargetsMet() {
        DailyPlan plan = DailyPlanFixtures.approved();

        DailyPlanEvent.ReviewFiled filed = plan.review(new DailyCounts(80, 2, 2), Set.of(CUSTOMER_A, UUID.randomUUID()),
                Set.of(), Map.of("calls", " Line down all afternoon ", "customer:" + CUSTOMER_B, "Moved to Thursday",
                        "lead:" + LEAD_L, "No answer", "visits", "met anyway"), REP, MONDAY, MONDAY_1800);

        DailyReview review = filed.plan().review();
        assertThat(filed.plan().status()).isEqualTo(DailyPlan.Status.REVIEWED);
        assertThat(review.misses()).containsExactly(new DailyReview.Miss("calls", "Line down all afternoon"),
                new DailyReview.Miss("customer:" + CUSTOMER_B, "Moved to Thursday"),
                new DailyReview.Miss("lead:" + LEAD_L, "No answer"));
        assertThat(review.visitedCustomerIds()).as("only target customers count").containsExactly(CUSTOMER_A);
        assertThat(review.actuals()).isEqualTo(new DailyCounts(80, 2, 2));
    }

    @Test
    void r3_theReviewIsFiledOnce() {
        DailyPlan plan = DailyPlanFixtures.approved();
        plan.review(ALL_MET, Set.of(CUSTOMER_A, CUSTOMER_B), Set.of(LEAD_L), Map.of(), REP, MONDAY, MONDAY_1800);

        assertThatThrownBy(() -> plan.review(ALL_MET, Set.of(CUSTOMER_A, CUSTOMER_B), Set.of(LEAD_L), Map.of(), REP,
                MONDAY, MONDAY_1800)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("already");
    }

    @Test
    void r3_aTargetIsACountATargetCustomerOrATargetLead() {
        DailyPlan plan = DailyPlanFixtures.approved();

        assertThat(plan.isTarget("calls")).isTrue();
        assertThat(plan.isTarget("customer:" + CUSTOMER_B)).isTrue();
        assertThat(plan.isTarget("lead:" + LEAD_L)).isTrue();
        assertThat(plan.isTarget("customer:" + UUID.randomUUID())).isFalse();
        assertThat(plan.isTarget("call")).isFalse();
    }
}
