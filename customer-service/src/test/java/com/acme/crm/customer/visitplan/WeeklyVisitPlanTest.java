package com.acme.crm.customer.visitplan;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.web.InvalidFieldException;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.CALENDAR;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.CUSTOMER_A;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.CUSTOMER_B;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.FRIDAY_1500;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.MANAGER;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.NEXT_MONDAY;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.REP;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** the weekly visit plan's rules, on the aggregate and the command's field checks, without Spring. */
class WeeklyVisitPlanTest {

    private static final Instant FRIDAY_1531 = Instant.parse("2026-11-27T07:31:00Z");

    @Test
    void r4_aPlanSubmittedBeforeTheDeadlineIsOnTimeWithItsVisitsAndExpectedSales() {
        WeeklyVisitPlanState plan = WeeklyVisitPlanFixtures.submittedOnTime().state();

        assertThat(plan.status()).isEqualTo(WeeklyVisitPlan.Status.SUBMITTED);
        assertThat(plan.late()).isFalse();
        assertThat(plan.revision()).isEqualTo(1);
        assertThat(plan.customerIds()).containsExactly(CUSTOMER_A, CUSTOMER_B);
        assertThat(plan.expectedSales()).isEqualByComparingTo("170000.50");
    }

    @Test
    void r4_aPlanAfterTheDeadlineIsFlaggedLateNotRefused() {
        WeeklyVisitPlanEvent.Submitted late = WeeklyVisitPlan.submit(UUID.randomUUID(), REP, TEAM, NEXT_MONDAY,
                WeeklyVisitPlanFixtures.twoVisits(), CALENDAR, FRIDAY_1531);

        assertThat(late.plan().late()).isTrue();
        assertThat(late.plan().status()).isEqualTo(WeeklyVisitPlan.Status.SUBMITTED);
    }

    @Test
    void r4_aReplacementBeforeConfirmationIsTheNextRevisionAndKeepsTheFirstSubmissionsOnTimeFlag() {
        WeeklyVisitPlan plan = WeeklyVisitPlanFixtures.submittedOnTime();

        WeeklyVisitPlanEvent.Submitted replaced = plan.replace(WeeklyVisitPlanFixtures.twoVisits().subList(0, 1), REP,
                FRIDAY_1531);

        assertThat(replaced.plan().revision()).isEqualTo(2);
        assertThat(replaced.plan().visits()).hasSize(1);
        assertThat(replaced.plan().late()).isFalse();
        assertThat(replaced.plan().submittedAt()).isEqualTo(FRIDAY_1531);
    }

    @Test
    void r4_aConfirmedPlanCannotBeReplaced() {
        WeeklyVisitPlan plan = WeeklyVisitPlanFixtures.confirmed();

        assertThatThrownBy(() -> plan.replace(WeeklyVisitPlanFixtures.twoVisits(), REP, FRIDAY_1531))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
    }

    @Test
    void r4_onlyThePlansRepReplacesIt() {
        assertThatThrownBy(() -> WeeklyVisitPlanFixtures.submittedOnTime().replace(List.of(), "rep-2", FRIDAY_1531))
                .isInstanceOf(ForbiddenByRule.class).extracting("rule").isEqualTo("R-4");
    }

    @Test
    void r4_theManagerConfirmsAndEveryVisitGetsItsTask() {
        WeeklyVisitPlan plan = WeeklyVisitPlanFixtures.submittedOnTime();

        WeeklyVisitPlanEvent.Confirmed confirmed = plan.confirm(MANAGER, true, UUID::randomUUID, FRIDAY_1531);

        assertThat(confirmed.plan().status()).isEqualTo(WeeklyVisitPlan.Status.CONFIRMED);
        assertThat(confirmed.plan().confirmedBy()).isEqualTo(MANAGER);
        assertThat(confirmed.plan().confirmedAt()).isEqualTo(FRIDAY_1531);
        assertThat(confirmed.plan().visits()).allSatisfy(v -> assertThat(v.taskId()).isNotNull());
        assertThat(confirmed.plan().visits().stream().map(PlannedVisit::taskId).distinct()).hasSize(2);
    }

    @Test
    void r4_aRepCannotConfirmTheirOwnPlanNorCanSomeoneWithoutAManagersRole() {
        assertThatThrownBy(() -> WeeklyVisitPlanFixtures.submittedOnTime().confirm(REP, true, UUID::randomUUID,
                FRIDAY_1531)).isInstanceOf(ForbiddenByRule.class).extracting("rule").isEqualTo("R-4");
        assertThatThrownBy(() -> WeeklyVisitPlanFixtures.submittedOnTime().confirm("rep-2", false, UUID::randomUUID,
                FRIDAY_1531)).isInstanceOf(ForbiddenByRule.class).extracting("rule").isEqualTo("R-4");
    }

    @Test
    void r4_aPlanIsConfirmedOnce() {
        WeeklyVisitPlan plan = WeeklyVisitPlanFixtures.confirmed();

        assertThatThrownBy(() -> plan.confirm(MANAGER, true, UUID::randomUUID, FRIDAY_1531))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
    }

    @Test
    void r4_theAggregateRefusesAVisitOutsideItsWeek() {
        List<PlannedVisit> sunday = List.of(new PlannedVisit(CUSTOMER_A, NEXT_MONDAY.minusDays(1), "x",
                BigDecimal.ONE, 1, null));

        assertThatThrownBy(() -> WeeklyVisitPlan.submit(UUID.randomUUID(), REP, TEAM, NEXT_MONDAY, sunday, CALENDAR,
                FRIDAY_1500)).isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
    }

    @Test
    void r4_aDayOutsideTheWeekIsNamedAsItsField() {
        assertField(List.of(visit(CUSTOMER_A, NEXT_MONDAY, 1), visit(CUSTOMER_B, NEXT_MONDAY.plusDays(7), 1)),
                "visits[1].day");
    }

    @Test
    void r4_routeOrdersAreDistinctWithinADayButMayRepeatAcrossDays() {
        assertField(List.of(visit(CUSTOMER_A, NEXT_MONDAY, 1), visit(CUSTOMER_B, NEXT_MONDAY, 1)),
                "visits[1].routeOrder");
        assertThat(WeeklyVisitPlanCommands.checkVisits(NEXT_MONDAY, List.of(visit(CUSTOMER_A, NEXT_MONDAY, 1),
                visit(CUSTOMER_B, NEXT_MONDAY.plusDays(1), 1)))).hasSize(2);
        assertField(List.of(visit(CUSTOMER_A, NEXT_MONDAY, 0)), "visits[0].routeOrder");
    }

    @Test
    void r4_expectedSalesAreNeverNegativeAndACustomerIsPlannedOnceADay() {
        assertField(List.of(new WeeklyVisitPlanCommands.NewVisit(CUSTOMER_A, NEXT_MONDAY, "x",
                new BigDecimal("-0.01"), 1)), "visits[0].expectedSales");
        assertField(List.of(visit(CUSTOMER_A, NEXT_MONDAY, 1), visit(CUSTOMER_A, NEXT_MONDAY, 2)),
                "visits[1].customerId");
    }

    private static WeeklyVisitPlanCommands.NewVisit visit(UUID customer, LocalDate day, int route) {
        return new WeeklyVisitPlanCommands.NewVisit(customer, day, " visit ", BigDecimal.TEN, route);
    }

    private static void assertField(List<WeeklyVisitPlanCommands.NewVisit> visits, String field) {
        assertThatThrownBy(() -> WeeklyVisitPlanCommands.checkVisits(NEXT_MONDAY, visits))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(field);
    }
}
