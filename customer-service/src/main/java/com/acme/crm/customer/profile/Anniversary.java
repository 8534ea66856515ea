package com.acme.crm.customer.profile;

import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * C-11: the company anniversary: a month and day ({@code 03-15}), or the founding date ({@code 1998-03-15}) whose
 * month and day it is. 29 February is kept; {@link ReminderCalendar} reminds it on 28 February in other years.
 */
public record Anniversary(int month, int day, @Nullable Integer foundedYear) {

    public Anniversary {
        MonthDay.of(month, day); // 02-29 is a valid month-day; 02-30 is not
        if (foundedYear != null) {
            LocalDate.of(foundedYear, month, day); // a founding 29 February needs a leap year
        }
    }

    /** {@code MM-DD} or {@code YYYY-MM-DD}; throws {@link IllegalArgumentException} on anything else. */
    public static Anniversary parse(String text) {
        try {
            if (text.matches("\\d{2}-\\d{2}")) {
                MonthDay md = MonthDay.parse("--" + text);
                return new Anniversary(md.getMonthValue(), md.getDayOfMonth(), null);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate founded = LocalDate.parse(text);
                return new Anniversary(founded.getMonthValue(), founded.getDayOfMonth(), founded.getYear());
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real date: " + text, e);
        }
        throw new IllegalArgumentException("must be MM-DD or YYYY-MM-DD (the founding date)");
    }

    public MonthDay monthDay() {
        return MonthDay.of(month, day);
    }

    /** As it was given: {@code YYYY-MM-DD} with the founding year, else {@code MM-DD}. */
    @Override
    public String toString() {
        String md = String.format("%02d-%02d", month, day);
        return foundedYear == null ? md : String.format("%04d-", foundedYear) + md;
    }
}
