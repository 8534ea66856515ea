package com.acme.crm.customer.keyaccount;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** C-12: a calendar quarter, written {@code 2026-Q4}: the period of one business review and one deep conversation. */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 1 || year > 9999) {
            throw new IllegalArgumentException("a quarter is YYYY-Q1 to YYYY-Q4");
        }
    }

    /** {@code YYYY-Qn}; throws {@link IllegalArgumentException} on anything else. */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("must be YYYY-Qn, e.g. 2026-Q4");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter a business day is in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The first day of the next quarter. */
    public LocalDate end() {
        return firstDay().plusMonths(3);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
