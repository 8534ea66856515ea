package com.acme.crm.aftersales.ticket;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * an after-sales ticket. Opening stores the first-response and solution deadlines; each transition checks the
 * ticket's status and returns its event; {@link #breaches} reports each passed deadline once.
 */
public final class Ticket {

    private TicketState state;

    private Ticket(TicketState state) {
        this.state = state;
    }

    public static Ticket restore(TicketState state) {
        return new Ticket(state);
    }

    /** a new ticket for a customer of {@code team}, assigned to {@code assigneeId} (null: nobody on the roster). */
    public static Ticket open(UUID id, UUID customerId, @Nullable UUID orderId, TicketType type, Priority priority,
                              String description, String ownerId, String team, @Nullable String assigneeId,
                              String openedBy, Instant at, TicketPolicy policy) {
        return new Ticket(new TicketState(id, customerId, orderId, type, priority, description, ownerId, team,
                assigneeId, TicketStatus.OPEN, openedBy, at, at.plus(policy.responseWithin(type, priority)),
                at.plus(policy.resolutionWithin(type, priority)), null, null, null, null, null, null, null, null, 0));
    }

    public TicketState state() {
        return state;
    }

    public TicketEvent.Opened opened() {
        return new TicketEvent.Opened(state);
    }

    /** the first response stops the response clock; a ticket is responded to once. */
    public TicketEvent.Responded respond(String by, Instant at) {
        requireStatus(TicketStatus.OPEN, "be responded to (it has its first response already)");
        state = with(TicketStatus.RESPONDED, at, by, state.resolvedAt(), state.resolvedBy(), state.closedAt(),
                state.resolutionDueAt());
        return new TicketEvent.Responded(state);
    }

    /** the solution stops the solution clock (and the response clock, when it comes first). */
    public TicketEvent.Resolved resolve(String by, Instant at) {
        if (state.status() != TicketStatus.OPEN && state.status() != TicketStatus.RESPONDED) {
            throw refused("be resolved");
        }
        state = with(TicketStatus.RESOLVED, state.respondedAt() != null ? state.respondedAt() : at,
                state.respondedBy() != null ? state.respondedBy() : by, at, by, null, state.resolutionDueAt());
        return new TicketEvent.Resolved(state);
    }

    /** a resolved ticket reopens with a new solution deadline from now; its breach may be reported again. */
    public TicketEvent.Reopened reopen(String by, Instant at, TicketPolicy policy) {
        requireStatus(TicketStatus.RESOLVED, "be reopened (only a resolved ticket reopens)");
        state = with(TicketStatus.RESPONDED, state.respondedAt(), state.respondedBy(), null, null, null,
                at.plus(policy.resolutionWithin(state.type(), state.priority())));
        state = withBreaches(state.responseBreachedAt(), null, state.escalatedAt());
        return new TicketEvent.Reopened(state, by, at);
    }

    public TicketEvent.Closed close(String by, Instant at) {
        requireStatus(TicketStatus.RESOLVED, "be closed (only a resolved ticket closes)");
        state = with(TicketStatus.CLOSED, state.respondedAt(), state.respondedBy(), state.resolvedAt(),
                state.resolvedBy(), at, state.resolutionDueAt());
        return new TicketEvent.Closed(state, by);
    }

    /**
     * each clock past its stored deadline without its answer, reported once; the first breach escalates the
     * ticket to its team's manager.
     */
    public List<TicketEvent> breaches(Instant now) {
        List<TicketEvent> events = new ArrayList<>(2);
        boolean awaitingResponse = state.status() == TicketStatus.OPEN;
        boolean awaitingSolution = awaitingResponse || state.status() == TicketStatus.RESPONDED;
        if (awaitingResponse && state.responseBreachedAt() == null && !now.isBefore(state.responseDueAt())) {
            state = withBreaches(now, state.resolutionBreachedAt(), escalation(now));
            events.add(new TicketEvent.SlaBreached(state, SlaClock.RESPONSE, state.responseDueAt(), now));
        }
        if (awaitingSolution && state.resolutionBreachedAt() == null && !now.isBefore(state.resolutionDueAt())) {
            state = withBreaches(state.responseBreachedAt(), now, escalation(now));
            events.add(new TicketEvent.SlaBreached(state, SlaClock.RESOLUTION, state.resolutionDueAt(), now));
        }
        return events;
    }

    private Instant escalation(Instant now) {
        return state.escalatedAt() != null ? state.escalatedAt() : now;
    }

    private void requireStatus(TicketStatus expected, String what) {
        if (state.status() != expected) {
            throw refused(what);
        }
    }

    private BusinessRuleViolation refused(String what) {
        return new BusinessRuleViolation(TicketPolicy.RULE, "Ticket " + state.id() + " is " + state.status()
                + " and cannot " + what);
    }

    private TicketState with(TicketStatus status, @Nullable Instant respondedAt, @Nullable String respondedBy,
                             @Nullable Instant resolvedAt, @Nullable String resolvedBy, @Nullable Instant closedAt,
                             Instant resolutionDueAt) {
        TicketState s = state;
        return new TicketState(s.id(), s.customerId(), s.orderId(), s.type(), s.priority(), s.description(),
                s.ownerId(), s.team(), s.assigneeId(), status, s.openedBy(), s.openedAt(), s.responseDueAt(),
                resolutionDueAt, respondedAt, respondedBy, resolvedAt, resolvedBy, closedAt, s.responseBreachedAt(),
                s.resolutionBreachedAt(), s.escalatedAt(), s.version());
    }

    private TicketState withBreaches(@Nullable Instant response, @Nullable Instant resolution,
                                     @Nullable Instant escalatedAt) {
        TicketState s = state;
        return new TicketState(s.id(), s.customerId(), s.orderId(), s.type(), s.priority(), s.description(),
                s.ownerId(), s.team(), s.assigneeId(), s.status(), s.openedBy(), s.openedAt(), s.responseDueAt(),
                s.resolutionDueAt(), s.respondedAt(), s.respondedBy(), s.resolvedAt(), s.resolvedBy(), s.closedAt(),
                response, resolution, escalatedAt, s.version());
    }
}
