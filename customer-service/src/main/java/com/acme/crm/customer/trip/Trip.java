package com.acme.crm.customer.trip;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * a rep's business trip: a request naming destination, dates, purpose and the customers, approved or rejected by
 * the rep's team manager with a comment, and a report after the trip (outcome, and the visit log entries it brought).
 * A report needs an approved trip that has started. State changes only through the methods below, which check the
 * rule, refuse naming R-4 and return the event that reports the change.
 */
public final class Trip {

    /** Where a trip is. */
    public enum Status { REQUESTED, APPROVED, REJECTED, REPORTED }

    private TripState state;

    private Trip(TripState state) {
        this.state = state;
    }

    public static Trip restore(TripState state) {
        return new Trip(state);
    }

    /** a rep asks for a trip; the customers were checked against the rep's scope by the caller. */
    public static TripEvent.Requested request(UUID id, String repId, String team, Draft draft, Instant now) {
        if (draft.endDate().isBefore(draft.startDate())) {
            throw new BusinessRuleViolation("R-4", "A trip ends on or after the day it starts");
        }
        if (draft.customerIds().isEmpty()) {
            throw new BusinessRuleViolation("R-4", "A business trip request names the customers it is for");
        }
        return new TripEvent.Requested(new TripState(id, repId, team, draft.destination(), draft.startDate(),
                draft.endDate(), draft.purpose(), draft.customerIds(), Status.REQUESTED, now, null, null, null, null,
                List.of(), null, 0));
    }

    /**
     * the rep's team manager (a director, the general manager) approves or rejects a requested trip; a rejection
     * says why. A rep never decides their own trip.
     *
     * @param approver whether the caller's role may decide trips (the data scope was checked by the caller)
     */
    public TripEvent decide(boolean approve, @Nullable String comment, String by, boolean approver, Instant now) {
        if (by.equals(state.repId())) {
            throw new ForbiddenByRule("R-4", "A rep cannot approve or reject their own business trip");
        }
        if (!approver) {
            throw new ForbiddenByRule("R-4", "Only the rep's team manager, a director or the general manager decides "
                    + "on a business trip");
        }
        if (state.status() != Status.REQUESTED) {
            throw new BusinessRuleViolation("R-4", "The trip is " + state.status() + "; only a requested trip is decided");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new BusinessRuleViolation("R-4", "A trip is rejected with a comment saying why");
        }
        state = with(approve ? Status.APPROVED : Status.REJECTED, by, now, comment == null ? null : comment.strip(),
                null, List.of(), null);
        return approve ? new TripEvent.Approved(state) : new TripEvent.Rejected(state);
    }

    /**
     * the rep reports an approved trip once it has started (at {@code startsAt}, the start of its first day in
     * the business zone); the visit ids were checked by the caller (this rep's visits to the trip's customers during
     * the trip).
     */
    public TripEvent.Reported report(String outcome, List<UUID> visitIds, String by, Instant startsAt, Instant now) {
        checkReportable(by, startsAt, now);
        state = with(Status.REPORTED, state.decidedBy(), state.decidedAt(), state.decisionComment(), outcome.strip(),
                visitIds, now);
        return new TripEvent.Reported(state);
    }

    /** whether {@code by} may report the trip now: its rep, once, an approved trip, not before it starts. */
    public void checkReportable(String by, Instant startsAt, Instant now) {
        if (!by.equals(state.repId())) {
            throw new ForbiddenByRule("R-4", "Only the trip's rep reports it");
        }
        if (state.status() == Status.REPORTED) {
            throw new BusinessRuleViolation("R-4", "The trip was reported already");
        }
        if (state.status() != Status.APPROVED) {
            throw new BusinessRuleViolation("R-4", "A trip report without an approved trip: this trip is "
                    + state.status());
        }
        if (now.isBefore(startsAt)) {
            throw new BusinessRuleViolation("R-4", "A trip is reported after it starts (" + state.startDate() + ")");
        }
    }

    private TripState with(Status status, @Nullable String decidedBy, @Nullable Instant decidedAt,
                           @Nullable String comment, @Nullable String outcome, List<UUID> visitIds,
                           @Nullable Instant reportedAt) {
        return new TripState(state.id(), state.repId(), state.team(), state.destination(), state.startDate(),
                state.endDate(), state.purpose(), state.customerIds(), status, state.requestedAt(), decidedBy,
                decidedAt, comment, outcome, visitIds, reportedAt, state.version());
    }

    public TripState state() {
        return state;
    }

    public UUID id() {
        return state.id();
    }

    public String repId() {
        return state.repId();
    }

    public String team() {
        return state.team();
    }

    public Status status() {
        return state.status();
    }

    /** What a rep asks for. */
    public record Draft(String destination, LocalDate startDate, LocalDate endDate, String purpose,
                        List<UUID> customerIds) {

        public Draft {
            customerIds = List.copyOf(customerIds);
        }
    }
}
