package com.acme.crm.customer.intelligence;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * N-9: a competitor or market report filed by a member of the sales team and routed to a product department, which
 * acknowledges it once. Changes only through {@link #file} and {@link #review}, which check the rule and return the
 * event.
 */
public final class IntelligenceReport {

    /** Prices are reported in this currency. */
    public static final String CURRENCY = "CNY";

    /** N-9: a report waits in its department's queue until a reader acknowledges it. */
    public enum Status { FILED, REVIEWED }

    private final IntelligenceReportState filed;
    private Status status;
    private @Nullable String reviewedBy;
    private @Nullable Instant reviewedAt;
    private @Nullable String reviewNote;

    private IntelligenceReport(IntelligenceReportState state) {
        this.filed = state;
        this.status = state.status();
        this.reviewedBy = state.reviewedBy();
        this.reviewedAt = state.reviewedAt();
        this.reviewNote = state.reviewNote();
    }

    /** Rebuilds a stored report. */
    public static IntelligenceReport restore(IntelligenceReportState state) {
        return new IntelligenceReport(state);
    }

    /**
     * N-9: files an observation for {@code department}'s queue. The day observed is a business day
     * ({@code zone}) and may not be after today there; a price is never negative.
     */
    public static IntelligenceEvent.Filed file(Observation observation, String filedBy, @Nullable String team,
                                               String department, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (observation.observedOn().isAfter(today)) {
            throw new InvalidFieldException("observedOn", "N-9: cannot be after today (" + today + " in " + zone + ")");
        }
        BigDecimal price = observation.price();
        if (price != null && price.signum() < 0) {
            throw new InvalidFieldException("price", "N-9: must be 0 or more (" + CURRENCY + ")");
        }
        IntelligenceReportState state = new IntelligenceReportState(UUID.randomUUID(), filedBy, team, department,
                observation, CURRENCY, Status.FILED, now, null, null, null, 0);
        return new IntelligenceEvent.Filed(state, now);
    }

    /** N-9: a reader of the product department acknowledges the report, once, with a note. */
    public IntelligenceEvent.Reviewed review(String reviewer, String note, Instant now) {
        if (status == Status.REVIEWED) {
            throw new BusinessRuleViolation("N-9", "Report " + filed.id() + " was already reviewed by " + reviewedBy
                    + " at " + reviewedAt);
        }
        status = Status.REVIEWED;
        reviewedBy = reviewer;
        reviewedAt = now;
        reviewNote = note;
        return new IntelligenceEvent.Reviewed(state(), now);
    }

    /** A snapshot of the report. */
    public IntelligenceReportState state() {
        return new IntelligenceReportState(filed.id(), filed.filedBy(), filed.team(), filed.department(),
                filed.observation(), filed.currency(), status, filed.filedAt(), reviewedBy, reviewedAt, reviewNote,
                filed.version());
    }

    public UUID id() { return filed.id(); }
    public Status status() { return status; }
}
