package com.acme.crm.aftersales.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A calendar quarter in the business time zone, written {@code 2026-Q4}: the period of A-4 and A-5's rounds. */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + number);
        }
    }

    public static Quarter of(Instant instant, ZoneId zone) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The first instant of the next quarter in {@code zone}: the end of this one. */
    public Instant end(ZoneId zone) {
        LocalDate first = LocalDate.of(year, (number - 1) * 3 + 1, 1).plusMonths(3);
        return first.atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
