package com.acme.crm.order.order;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * O-3, O-7: one payment milestone of an order: its share of the contract value, its due time (set when the event it
 * waits for happens: signing, arrival, acceptance), what has been paid against it (sales recorded) and what finance
 * has confirmed (O-10), and when it was reported overdue (once).
 */
public record Milestone(Kind kind, BigDecimal sharePercent, BigDecimal amount, @Nullable Instant dueAt,
                        BigDecimal paid, BigDecimal confirmed, @Nullable Instant overdueReportedAt) {

    /** The milestones of O-3, each due a configured time after its event. */
    public enum Kind { PREPAYMENT, ARRIVAL, ACCEPTANCE }

    /** What is still to be paid. */
    public BigDecimal outstanding() {
        return amount.subtract(paid);
    }

    /** O-7: past its due time with something still to pay. */
    public boolean isOverdue(Instant now) {
        return dueAt != null && now.isAfter(dueAt) && outstanding().signum() > 0;
    }

    /** O-10: paid and confirmed by finance in full. */
    public boolean isSettled() {
        return confirmed.compareTo(amount) >= 0;
    }

    Milestone due(Instant at) {
        return new Milestone(kind, sharePercent, amount, at, paid, confirmed, overdueReportedAt);
    }

    Milestone paying(BigDecimal payment) {
        return new Milestone(kind, sharePercent, amount, dueAt, paid.add(payment), confirmed, overdueReportedAt);
    }

    Milestone confirming(BigDecimal payment) {
        return new Milestone(kind, sharePercent, amount, dueAt, paid, confirmed.add(payment), overdueReportedAt);
    }

    Milestone reportedOverdue(Instant at) {
        return new Milestone(kind, sharePercent, amount, dueAt, paid, confirmed, at);
    }

    Milestone resized(BigDecimal share, BigDecimal newAmount) {
        return new Milestone(kind, share, newAmount, dueAt, paid, confirmed,
                newAmount.compareTo(paid) > 0 ? overdueReportedAt : null);
    }
}
