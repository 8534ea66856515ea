package com.acme.crm.customer.visitplan;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.CALENDAR;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.NEXT_MONDAY;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * next week's visit plan is due before 15:30 (two hours before the 17:30 end of work) on Friday, the last working
 * day, in the business zone (Asia/Shanghai, UTC+8), whatever the server's zone; later is flagged late.
 */
class PlanningWeekTest {

    @Test
    void r4_theDeadlineIsFriday1530InShanghaiOfTheWeekBefore() {
        assertThat(CALENDAR.deadlineOf(NEXT_MONDAY)).isEqualTo(Instant.parse("2026-11-27T07:30:00Z"));
    }

    @Test
    void r4_friday1529ShanghaiIsOnTimeAnd1531IsLate() {
        assertThat(CALENDAR.isLate(NEXT_MONDAY, Instant.parse("2026-11-27T07:29:00Z"))).isFalse(); // 15:29 Shanghai
        assertThat(CALENDAR.isLate(NEXT_MONDAY, Instant.parse("2026-11-27T07:31:00Z"))).isTrue(); // 15:31 Shanghai
    }

    @Test
    void r4_aFridayMorningInUtcIsAlreadyPastTheDeadlineInShanghai() {
        // 08:00 UTC on Friday: 16:00 in Shanghai, half an hour after the deadline.
        assertThat(CALENDAR.isLate(NEXT_MONDAY, Instant.parse("2026-11-27T08:00:00Z"))).isTrue();
    }

    @Test
    void r4_aUtcFridayInstantThatIsAlreadySaturdayInShanghaiIsLateAndStillPlansTheComingWeek() {
        Instant fridayUtcSaturdayShanghai = Instant.parse("2026-11-27T17:00:00Z"); // Saturday 01:00 in Shanghai

        assertThat(CALENDAR.today(fridayUtcSaturdayShanghai)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(CALENDAR.isLate(NEXT_MONDAY, fridayUtcSaturdayShanghai)).isTrue();
        assertThat(CALENDAR.nextWeek(fridayUtcSaturdayShanghai)).isEqualTo(NEXT_MONDAY);
    }

    @Test
    void r4_nextWeekTurnsAtMidnightOnSundayInShanghaiNotInUtc() {
        // Sunday 15:59 UTC = Sunday 23:59 Shanghai: next week is still the week of the 30th.
        assertThat(CALENDAR.nextWeek(Instant.parse("2026-11-29T15:59:00Z"))).isEqualTo(NEXT_MONDAY);
        // Sunday 16:01 UTC = Monday 00:01 Shanghai: the 30th is this week now, next week starts on 7 December.
        assertThat(CALENDAR.nextWeek(Instant.parse("2026-11-29T16:01:00Z"))).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void r4_theLastWorkingDayAndTimeAreConfiguration() {
        PlanningWeek saturdays = new PlanningWeek(SHANGHAI, DayOfWeek.SATURDAY, LocalTime.of(10, 0), 4);

        assertThat(saturdays.deadlineOf(NEXT_MONDAY)).isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
        assertThat(saturdays.isLate(NEXT_MONDAY, Instant.parse("2026-11-27T17:00:00Z"))).isFalse();
    }

    @Test
    void r4_aWeekIsNamedByItsMondayAndIsNeitherPastNorTooFarAhead() {
        Instant friday = Instant.parse("2026-11-27T07:00:00Z");

        assertThat(CALENDAR.refusal(NEXT_MONDAY, friday)).isEmpty();
        assertThat(CALENDAR.refusal(NEXT_MONDAY.minusWeeks(1), friday)).isEmpty(); // this week, late
        assertThat(CALENDAR.refusal(NEXT_MONDAY.plusDays(1), friday)).get().asString().contains("Monday");
        assertThat(CALENDAR.refusal(NEXT_MONDAY.minusWeeks(2), friday)).get().asString().contains("past week");
        assertThat(CALENDAR.refusal(NEXT_MONDAY.plusWeeks(3), friday)).isEmpty();
        assertThat(CALENDAR.refusal(NEXT_MONDAY.plusWeeks(4), friday)).get().asString().contains("ahead");
    }

    @Test
    void r4_aPlannedDayMustFallInTheWeekAndItsTaskIsDueAtMidnightShanghai() {
        assertThat(PlanningWeek.contains(NEXT_MONDAY, NEXT_MONDAY.plusDays(6))).isTrue();
        assertThat(PlanningWeek.contains(NEXT_MONDAY, NEXT_MONDAY.plusDays(7))).isFalse();
        assertThat(PlanningWeek.contains(NEXT_MONDAY, NEXT_MONDAY.minusDays(1))).isFalse();
        assertThat(CALENDAR.startOf(NEXT_MONDAY)).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
    }
}
