package com.acme.crm.customer.plan;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.acme.crm.customer.plan.DailyPlanFixtures.CALENDAR;
import static com.acme.crm.customer.plan.DailyPlanFixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** the plan calendar in the business zone (Asia/Shanghai): the late flag at 09:30 and the days a plan may be for. */
class PlanCalendarTest {

    @Test
    void r3_aPlanSubmittedAt0929ShanghaiIsOnTimeAndAt0931Late() {
        assertThat(CALENDAR.isLate(MONDAY, Instant.parse("2026-11-23T01:29:00Z"))).isFalse();
        assertThat(CALENDAR.isLate(MONDAY, Instant.parse("2026-11-23T01:30:00Z"))).as("at the deadline itself").isFalse();
        assertThat(CALENDAR.isLate(MONDAY, Instant.parse("2026-11-23T01:31:00Z"))).isTrue();
    }

    @Test
    void r3_aUtcInstantThatIsAlreadyTomorrowInShanghaiFallsOnTomorrowsBusinessDay() {
        Instant sundayUtcMondayShanghai = Instant.parse("2026-11-22T16:30:00Z"); // 00:30 Monday in Shanghai

        assertThat(CALENDAR.today(sundayUtcMondayShanghai)).isEqualTo(MONDAY);
        assertThat(CALENDAR.isLate(MONDAY, sundayUtcMondayShanghai)).as("00:30 is before Monday's 09:30").isFalse();
        assertThat(CALENDAR.refusal(MONDAY.minusDays(1), sundayUtcMondayShanghai))
                .as("Sunday, though still 'today' in UTC, is past in Shanghai").isPresent();
        assertThat(CALENDAR.refusal(MONDAY, sundayUtcMondayShanghai)).isEmpty();
    }

    @Test
    void r3_a0929PlanInUtcTermsIsStillJudgedByShanghaisDeadline() {
        // 09:31 UTC is 17:31 Shanghai: long after Monday's deadline, though 'before 09:30' never applies in UTC.
        assertThat(CALENDAR.isLate(MONDAY, Instant.parse("2026-11-23T09:29:00Z"))).isTrue();
        // Tuesday's plan submitted Monday evening is not late: its own deadline is Tuesday 09:30.
        assertThat(CALENDAR.isLate(MONDAY.plusDays(1), Instant.parse("2026-11-23T10:00:00Z"))).isFalse();
    }

    @Test
    void r3_aPlanIsForTodayOrUpToSevenDaysAheadNeverAPastDay() {
        Instant monday = Instant.parse("2026-11-23T02:00:00Z");

        assertThat(CALENDAR.refusal(MONDAY, monday)).isEmpty();
        assertThat(CALENDAR.refusal(MONDAY.plusDays(7), monday)).isEmpty();
        assertThat(CALENDAR.refusal(MONDAY.plusDays(8), monday)).get().asString().contains("7 days ahead");
        assertThat(CALENDAR.refusal(MONDAY.minusDays(1), monday)).get().asString().contains("past");
    }

    @Test
    void r3_theDayStartsAtMidnightShanghai() {
        assertThat(CALENDAR.startOf(LocalDate.of(2026, 11, 23))).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
    }
}
