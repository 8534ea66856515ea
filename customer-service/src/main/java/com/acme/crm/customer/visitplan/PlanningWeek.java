package com.acme.crm.customer.visitplan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * the calendar of weekly visit plans in the business time zone. A week starts on Monday; next week's plan is due
 * before {@code deadline} on the {@code lastWorkingDay} of the week before (15:30 on Friday by default: two hours before
 * the 17:30 end of work). A plan after that is late: flagged, never refused.
 */
public record PlanningWeek(ZoneId zone, DayOfWeek lastWorkingDay, LocalTime deadline, int weeksAhead) {

    /** The business day {@code now} falls on. */
    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** The Monday of the business week after the one {@code now} falls in: the week a plan is for by default. */
    public LocalDate nextWeek(Instant now) {
        return mondayOf(today(now)).plusWeeks(1);
    }

    /** when the plan of the week starting {@code weekStart} is due. */
    public Instant deadlineOf(LocalDate weekStart) {
        LocalDate day = weekStart.minusWeeks(1).with(TemporalAdjusters.nextOrSame(lastWorkingDay));
        return day.atTime(deadline).atZone(zone).toInstant();
    }

    /** a plan for the week starting {@code weekStart} first submitted at {@code now} is late. */
    public boolean isLate(LocalDate weekStart, Instant now) {
        return now.isAfter(deadlineOf(weekStart));
    }

    /** Why a plan cannot be for the week starting {@code weekStart} at {@code now}, or empty when it can. */
    public Optional<String> refusal(LocalDate weekStart, Instant now) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            return Optional.of("is not a Monday: a week is named by the date of its Monday");
        }
        LocalDate thisWeek = mondayOf(today(now));
        if (weekStart.isBefore(thisWeek)) {
            return Optional.of("is a past week (this week starts " + thisWeek + " in " + zone + ")");
        }
        if (weekStart.isAfter(thisWeek.plusWeeks(weeksAhead))) {
            return Optional.of("is more than " + weeksAhead + " weeks ahead of " + thisWeek);
        }
        return Optional.empty();
    }

    /** Whether {@code day} falls in the week starting {@code weekStart}. */
    public static boolean contains(LocalDate weekStart, LocalDate day) {
        return !day.isBefore(weekStart) && day.isBefore(weekStart.plusWeeks(1));
    }

    /** The first instant of {@code date} in the business zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
