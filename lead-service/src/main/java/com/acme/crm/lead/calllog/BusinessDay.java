package com.acme.crm.lead.calllog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * one calendar day in the business time zone, the span a call log gathers, with the evening-meeting deadline
 * by which its log is closed. A call at 23:30 UTC is already the next day in Shanghai.
 */
public record BusinessDay(LocalDate date, ZoneId zone, LocalTime closeBy) {

    /** The business day an instant falls on. */
    public static BusinessDay containing(Instant at, ZoneId zone, LocalTime closeBy) {
        return new BusinessDay(at.atZone(zone).toLocalDate(), zone, closeBy);
    }

    public Instant start() {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The start of the next day (exclusive end). */
    public Instant end() {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** the evening meeting, by which the day's log is closed. */
    public Instant deadline() {
        return date.atTime(closeBy).atZone(zone).toInstant();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** The day has not begun yet in the business zone. */
    public boolean isFuture(Instant now) {
        return date.isAfter(now.atZone(zone).toLocalDate());
    }

    /** closed after the evening meeting (17:30 itself is still on time). */
    public boolean isLate(Instant closedAt) {
        return closedAt.isAfter(deadline());
    }
}
