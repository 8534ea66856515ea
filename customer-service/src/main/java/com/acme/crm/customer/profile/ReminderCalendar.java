package com.acme.crm.customer.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * C-11: which profile dates a reminder run opens a task for. A run on business day {@code today} (the calendar day
 * in {@code zone}, so 00:01 Shanghai is already the next day while UTC is still on the previous one) reminds every
 * date from today up to {@code daysBefore} days ahead: a date is reminded {@code daysBefore} days early, or at once
 * when it was entered later than that. Yearly dates (birthdays, the anniversary) occur on their month and day of
 * each year; 29 February occurs on 28 February in years without one (the last day of February, the day people
 * born on 29 February usually celebrate in other years). Each date is reminded once per occurrence: the job stores
 * what it reminded, keyed by the occurrence's full date, so a birthday is reminded once a year.
 *
 * @param zone the business time zone whose calendar day counts
 * @param daysBefore how many days before a date its reminder opens
 */
public record ReminderCalendar(ZoneId zone, int daysBefore) {

    public ReminderCalendar {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("C-11: a reminder opens 0 or more days before its date");
        }
    }

    /** The business day of {@code now}. */
    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** The last day a run on {@code today} reminds. */
    public LocalDate lastDay(LocalDate today) {
        return today.plusDays(daysBefore);
    }

    /** Whether a run on {@code today} reminds a one-off date such as the decision time. */
    public boolean covers(LocalDate date, LocalDate today) {
        return !date.isBefore(today) && !date.isAfter(lastDay(today));
    }

    /** When a yearly date falls in {@code year}: 29 February on 28 February in a year without it. */
    public static LocalDate occurrence(MonthDay yearly, int year) {
        return yearly.atYear(year);
    }

    /** The next occurrence of a yearly date on or after {@code today}. */
    public static LocalDate nextOccurrence(MonthDay yearly, LocalDate today) {
        LocalDate thisYear = occurrence(yearly, today.getYear());
        return thisYear.isBefore(today) ? occurrence(yearly, today.getYear() + 1) : thisYear;
    }

    /**
     * The days a run on {@code today} covers, as the yearly month-days ({@code month * 100 + day}) that fall on each:
     * every day's own, and 02-29 on 28 February of a year without a 29th. A stored yearly date is due when its
     * month-day is one of these; the day is its occurrence.
     */
    public List<WindowDay> window(LocalDate today) {
        List<WindowDay> days = new ArrayList<>();
        for (LocalDate day = today; !day.isAfter(lastDay(today)); day = day.plusDays(1)) {
            days.add(new WindowDay(key(MonthDay.from(day)), day));
            if (day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
                days.add(new WindowDay(key(MonthDay.of(2, 29)), day));
            }
        }
        return days;
    }

    /** A yearly month-day as the window names it. */
    public static int key(MonthDay monthDay) {
        return monthDay.getMonthValue() * 100 + monthDay.getDayOfMonth();
    }

    /** One yearly month-day that falls on {@code occursOn} in a run's window. */
    public record WindowDay(int monthDay, LocalDate occursOn) {
    }
}
