package com.acme.crm.customer.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * the calendar of daily plans, in the business time zone: which day is today, when a day's plan is late
 * (submitted after the morning deadline, 09:30 by default: flagged, never refused), and which days a plan may be for
 * (today, or up to {@code daysAhead} days ahead; never a past day).
 */
public record PlanCalendar(ZoneId zone, LocalTime deadline, int daysAhead) {

    /** The business day {@code now} falls on. */
    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** a plan for {@code date} submitted at {@code now} is late when that day's deadline has passed. */
    public boolean isLate(LocalDate date, Instant now) {
        return now.isAfter(date.atTime(deadline).atZone(zone).toInstant());
    }

    /** why a plan cannot be for {@code date} at {@code now}, or empty when it can. */
    public Optional<String> refusal(LocalDate date, Instant now) {
        LocalDate today = today(now);
        if (date.isBefore(today)) {
            return Optional.of("is in the past (today is " + today + " in " + zone + "); a plan is for today or later");
        }
        if (date.isAfter(today.plusDays(daysAhead))) {
            return Optional.of("is more than " + daysAhead + " days ahead of " + today);
        }
        return Optional.empty();
    }

    /** The first instant of {@code date} in the business zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
