package com.acme.crm.customer.profile;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** C-11: which dates a reminder run covers, across the Shanghai day boundary and around 29 February. */
class ReminderCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ReminderCalendar calendar = new ReminderCalendar(SHANGHAI, 7);

    @Test
    void c11_aFirstOfJanuaryBirthdayIsDueFromTheRunAt0001ShanghaiOnChristmasNotAt2359OnChristmasEve() {
        Instant eve = LocalDate.of(2026, 12, 24).atTime(23, 59).atZone(SHANGHAI).toInstant();
        Instant christmas = LocalDate.of(2026, 12, 25).atTime(0, 1).atZone(SHANGHAI).toInstant();
        int newYear = ReminderCalendar.key(MonthDay.of(1, 1));

        assertThat(monthDays(calendar.window(calendar.today(eve)))).doesNotContain(newYear);
        assertThat(calendar.window(calendar.today(christmas)))
                .contains(new ReminderCalendar.WindowDay(newYear, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void c11_aUtcInstantStillOnTheTwentyFourthIsAlreadyTheTwentyFifthInShanghai() {
        Instant utcEvening = Instant.parse("2026-12-24T16:01:00Z");

        assertThat(calendar.today(utcEvening)).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(calendar.window(calendar.today(utcEvening)))
                .contains(new ReminderCalendar.WindowDay(101, LocalDate.of(2027, 1, 1)));
        assertThat(calendar.today(Instant.parse("2026-12-24T15:59:00Z"))).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void c11_aTwentyNinthOfFebruaryIsRemindedOnTheTwentyEighthInAYearWithoutOne() {
        List<ReminderCalendar.WindowDay> window2027 = calendar.window(LocalDate.of(2027, 2, 21));

        assertThat(window2027).contains(new ReminderCalendar.WindowDay(229, LocalDate.of(2027, 2, 28)),
                new ReminderCalendar.WindowDay(228, LocalDate.of(2027, 2, 28)));
        assertThat(monthDays(calendar.window(LocalDate.of(2027, 2, 20)))).doesNotContain(229);
        assertThat(ReminderCalendar.occurrence(MonthDay.of(2, 29), 2027)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void c11_inALeapYearTheTwentyNinthIsRemindedForItselfOnlyOnce() {
        List<ReminderCalendar.WindowDay> window2028 = calendar.window(LocalDate.of(2028, 2, 22));

        assertThat(window2028).contains(new ReminderCalendar.WindowDay(229, LocalDate.of(2028, 2, 29)));
        assertThat(window2028.stream().filter(day -> day.monthDay() == 229)).hasSize(1);
        assertThat(ReminderCalendar.nextOccurrence(MonthDay.of(2, 29), LocalDate.of(2027, 3, 1)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void c11_aOneOffDateIsCoveredFromSevenDaysBeforeUntilItsDay() {
        LocalDate decision = LocalDate.of(2027, 3, 31);

        assertThat(calendar.covers(decision, LocalDate.of(2027, 3, 23))).isFalse();
        assertThat(calendar.covers(decision, LocalDate.of(2027, 3, 24))).isTrue();
        assertThat(calendar.covers(decision, decision)).isTrue();
        assertThat(calendar.covers(decision, LocalDate.of(2027, 4, 1))).isFalse();
        assertThat(calendar.window(LocalDate.of(2027, 3, 24))).hasSize(8);
    }

    private static List<Integer> monthDays(List<ReminderCalendar.WindowDay> window) {
        return window.stream().map(ReminderCalendar.WindowDay::monthDay).toList();
    }
}
