package com.acme.crm.customer.keyaccount;

import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.Tier;
import com.acme.crm.customer.followup.Task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * C-12: each quarter an A-tier customer gets a business review and an active customer an in-depth conversation,
 * as tasks of the owner, due {@code dueAfterStart} after the quarter starts (never after it ends), once per
 * customer and quarter. The quarter is the business zone's: 1 April 00:01 Shanghai is Q2 while UTC still says
 * 31 March. Tier and activity are read when the quarter's run reaches the customer: a customer who turns A in the
 * middle of a quarter gets its first review in the next quarter's run.
 * <p>
 * Active: neither dormant (C-9: no purchase for six months) nor paused at the customer's request (C-6) when the run
 * reaches it. A dormant customer already has its reactivation task and a paused one asked not to be contacted; an
 * A-tier customer gets its review whatever its activity, as the documents ask of every A customer.
 *
 * @param zone the business time zone whose calendar sets the quarter
 * @param dueAfterStart how long after the quarter's first day (00:00 business zone) the tasks fall due
 */
public record KeyAccountRhythm(ZoneId zone, Duration dueAfterStart) {

    /** The business-zone quarter of {@code now}. */
    public Quarter quarterOf(Instant now) {
        return Quarter.of(now.atZone(zone).toLocalDate());
    }

    /** When the quarter's rhythm tasks fall due: {@code dueAfterStart} in, or the quarter's last minute at the latest. */
    public Instant dueAt(Quarter quarter) {
        Instant start = startOf(quarter.firstDay());
        Instant last = startOf(quarter.end()).minusSeconds(60);
        Instant due = start.plus(dueAfterStart);
        return due.isAfter(last) ? last : due;
    }

    /** C-12: whether a customer is active (not dormant, C-9; not paused, C-6) at {@code now}. */
    public static boolean isActive(Customer customer, Instant now) {
        return customer.dormantAt() == null && !customer.isPaused(now);
    }

    /** C-12: which rhythm tasks a customer is owed this quarter, leaving out those {@code opened} already. */
    public static List<RhythmTask> owed(Customer customer, Set<RhythmTask> opened, Instant now) {
        List<RhythmTask> owed = new ArrayList<>(2);
        if (customer.tier() == Tier.A && !opened.contains(RhythmTask.BUSINESS_REVIEW)) {
            owed.add(RhythmTask.BUSINESS_REVIEW);
        }
        if (isActive(customer, now) && !opened.contains(RhythmTask.DEEP_CONVERSATION)) {
            owed.add(RhythmTask.DEEP_CONVERSATION);
        }
        return owed;
    }

    /** C-12: the owner's task for one rhythm task of the quarter. */
    public Task open(Customer customer, RhythmTask task, Quarter quarter, Instant now) {
        String what = task == RhythmTask.BUSINESS_REVIEW ? "quarterly business review" : "in-depth conversation";
        return Task.open(customer, task.kind(), dueAt(quarter), null, now, "C-12: " + what + " of " + quarter);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
