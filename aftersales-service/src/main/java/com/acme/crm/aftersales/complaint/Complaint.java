package com.acme.crm.aftersales.complaint;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * a customer complaint and its chained clocks. Raising it stores the apology deadline (30 min) and the
 * escalation deadline (24 h); the initial plan stores the execution deadline (24 h); the resolution stores the
 * callback deadline (72 h). {@link #check} reports each missed clock once and escalates an unresolved complaint once.
 * Closing needs the root cause and the improvement actions.
 */
public final class Complaint {

    private final UUID id;
    private final UUID customerId;
    private final String ownerId;
    private final String team;
    private final String complainant;
    private final ComplaintChannel channel;
    private final String content;
    private final @Nullable UUID relatedOrderId;
    private final String raisedBy;
    private final Instant raisedAt;
    private final Instant apologyDueAt;
    private final Instant escalationDueAt;
    private final long version;
    private ComplaintStatus status;
    private @Nullable String initialPlan;
    private @Nullable String plannedBy;
    private @Nullable Instant plannedAt;
    private @Nullable Instant executionDueAt;
    private @Nullable String resolvedBy;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant callbackDueAt;
    private @Nullable Instant calledBackAt;
    private @Nullable String rootCause;
    private @Nullable String improvementActions;
    private @Nullable String closedBy;
    private @Nullable Instant closedAt;
    private @Nullable Instant apologyBreachedAt;
    private @Nullable Instant executionBreachedAt;
    private @Nullable Instant callbackBreachedAt;
    private @Nullable Instant escalatedAt;

    private Complaint(ComplaintState s) {
        id = s.id();
        customerId = s.customerId();
        ownerId = s.ownerId();
        team = s.team();
        complainant = s.complainant();
        channel = s.channel();
        content = s.content();
        relatedOrderId = s.relatedOrderId();
        raisedBy = s.raisedBy();
        raisedAt = s.raisedAt();
        apologyDueAt = s.apologyDueAt();
        escalationDueAt = s.escalationDueAt();
        version = s.version();
        status = s.status();
        initialPlan = s.initialPlan();
        plannedBy = s.plannedBy();
        plannedAt = s.plannedAt();
        executionDueAt = s.executionDueAt();
        resolvedBy = s.resolvedBy();
        resolvedAt = s.resolvedAt();
        callbackDueAt = s.callbackDueAt();
        calledBackAt = s.calledBackAt();
        rootCause = s.rootCause();
        improvementActions = s.improvementActions();
        closedBy = s.closedBy();
        closedAt = s.closedAt();
        apologyBreachedAt = s.apologyBreachedAt();
        executionBreachedAt = s.executionBreachedAt();
        callbackBreachedAt = s.callbackBreachedAt();
        escalatedAt = s.escalatedAt();
    }

    public static Complaint restore(ComplaintState state) {
        return new Complaint(state);
    }

    /** a complaint about a customer of {@code team}; the apology and escalation deadlines start now. */
    public static Complaint raise(UUID id, UUID customerId, String ownerId, String team, String complainant,
                                  ComplaintChannel channel, String content, @Nullable UUID relatedOrderId,
                                  String raisedBy, Instant at, ComplaintPolicy policy) {
        return new Complaint(new ComplaintState(id, customerId, ownerId, team, complainant, channel, content,
                relatedOrderId, ComplaintStatus.RAISED, raisedBy, at, at.plus(policy.apologyWithin()),
                at.plus(policy.escalateAfter()), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 0));
    }

    public ComplaintEvent.Raised raised() {
        return new ComplaintEvent.Raised(state());
    }

    /** the apology is made and the initial plan recorded; the plan must be executed within 24 h of it. */
    public ComplaintState plan(String plan, String by, Instant at, ComplaintPolicy policy) {
        requireStatus(ComplaintStatus.RAISED, "take an initial plan (it has one)");
        status = ComplaintStatus.PLANNED;
        initialPlan = plan;
        plannedBy = by;
        plannedAt = at;
        executionDueAt = at.plus(policy.executionWithin());
        return state();
    }

    /** the plan is executed; the callback to the customer is due within 72 h. */
    public ComplaintEvent.Resolved resolve(String by, Instant at, ComplaintPolicy policy) {
        requireStatus(ComplaintStatus.PLANNED, "be resolved (it needs its apology and initial plan first)");
        status = ComplaintStatus.RESOLVED;
        resolvedBy = by;
        resolvedAt = at;
        callbackDueAt = at.plus(policy.callbackWithin());
        return new ComplaintEvent.Resolved(state());
    }

    /** the customer was called back after the resolution (once). */
    public ComplaintState callBack(Instant at) {
        if (resolvedAt == null || calledBackAt != null) {
            throw refused(calledBackAt != null ? "be called back again" : "be called back before it is resolved");
        }
        calledBackAt = at;
        return state();
    }

    /** closing needs the root cause and the improvement actions; a closed complaint does not close again. */
    public ComplaintEvent.Closed close(@Nullable String cause, @Nullable String actions, String by, Instant at) {
        if (status == ComplaintStatus.CLOSED) {
            throw refused("be closed again");
        }
        requireStatus(ComplaintStatus.RESOLVED, "be closed before its plan is executed");
        if (cause == null || cause.isBlank() || actions == null || actions.isBlank()) {
            throw new BusinessRuleViolation(ComplaintPolicy.RULE, "Complaint " + id
                    + " needs its root cause and improvement actions to close");
        }
        status = ComplaintStatus.CLOSED;
        rootCause = cause;
        improvementActions = actions;
        closedBy = by;
        closedAt = at;
        return new ComplaintEvent.Closed(state());
    }

    /** each clock past its stored deadline reported once; an unresolved complaint escalated once. */
    public List<ComplaintEvent> check(Instant now) {
        List<ComplaintEvent> events = new ArrayList<>(2);
        if (status == ComplaintStatus.RAISED && apologyBreachedAt == null && !now.isBefore(apologyDueAt)) {
            apologyBreachedAt = now;
            events.add(new ComplaintEvent.ClockBreached(state(), ComplaintClock.APOLOGY, apologyDueAt, now));
        }
        if (status == ComplaintStatus.PLANNED && executionBreachedAt == null && executionDueAt != null
                && !now.isBefore(executionDueAt)) {
            executionBreachedAt = now;
            events.add(new ComplaintEvent.ClockBreached(state(), ComplaintClock.EXECUTION, executionDueAt, now));
        }
        if (callbackDueAt != null && calledBackAt == null && callbackBreachedAt == null
                && !now.isBefore(callbackDueAt)) {
            callbackBreachedAt = now;
            events.add(new ComplaintEvent.ClockBreached(state(), ComplaintClock.CALLBACK, callbackDueAt, now));
        }
        boolean unhandled = status == ComplaintStatus.RAISED || status == ComplaintStatus.PLANNED;
        if (unhandled && escalatedAt == null && !now.isBefore(escalationDueAt)) {
            escalatedAt = now;
            events.add(new ComplaintEvent.Escalated(state(), now));
        }
        return events;
    }

    public ComplaintState state() {
        return new ComplaintState(id, customerId, ownerId, team, complainant, channel, content, relatedOrderId, status,
                raisedBy, raisedAt, apologyDueAt, escalationDueAt, initialPlan, plannedBy, plannedAt, executionDueAt,
                resolvedBy, resolvedAt, callbackDueAt, calledBackAt, rootCause, improvementActions, closedBy, closedAt,
                apologyBreachedAt, executionBreachedAt, callbackBreachedAt, escalatedAt, version);
    }

    private void requireStatus(ComplaintStatus expected, String what) {
        if (status != expected) {
            throw refused(what);
        }
    }

    private BusinessRuleViolation refused(String what) {
        return new BusinessRuleViolation(ComplaintPolicy.RULE, "Complaint " + id + " is " + status + " and cannot "
                + what);
    }
}
