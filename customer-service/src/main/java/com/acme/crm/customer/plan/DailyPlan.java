package com.acme.crm.customer.plan;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * a rep's plan for one business day: targets (calls, visits, new intent customers) and the customers and leads
 * aimed at, approved or sent back by the team's manager, then reviewed in the evening with a reason for every miss.
 * One plan per rep and day; it can be revised until it is approved. State changes only through the methods below,
 * which check the rule, refuse naming R-3 and return the event that reports the change.
 */
public final class DailyPlan {

    /** Where a plan is in its day. */
    public enum Status { SUBMITTED, SENT_BACK, APPROVED, REVIEWED }

    static final String CALLS = "calls";
    static final String VISITS = "visits";
    static final String NEW_INTENT_CUSTOMERS = "newIntentCustomers";

    private DailyPlanState state;

    private DailyPlan(DailyPlanState state) {
        this.state = state;
    }

    public static DailyPlan restore(DailyPlanState state) {
        return new DailyPlan(state);
    }

    /** a rep's first plan for the day; flagged late (never refused) when submitted after the deadline. */
    public static DailyPlanEvent.Submitted submit(UUID id, String repId, String team, LocalDate date, Draft draft,
                                                  PlanCalendar calendar, Instant now) {
        return new DailyPlanEvent.Submitted(new DailyPlanState(id, repId, team, date, Status.SUBMITTED, 1,
                draft.targets(), draft.customerIds(), draft.leadIds(), calendar.isLate(date, now), now, now, null, null,
                null, null, 0));
    }

    /** a new revision replaces a submitted or sent-back plan; an approved plan is final; only its rep revises. */
    public DailyPlanEvent.Submitted revise(Draft draft, String by, Instant now) {
        requireRep(by, "revises");
        if (isFinal()) {
            throw new BusinessRuleViolation("R-3", "The plan of " + state.date() + " was approved; it can no longer change");
        }
        state = with(Status.SUBMITTED, state.revision() + 1, draft, now, null, null, null, null);
        return new DailyPlanEvent.Submitted(state);
    }

    /**
     * the team's manager (a director, the general manager) approves the submitted plan or sends it back with a
     * comment; a rep never decides their own plan.
     *
     * @param approver whether the caller's role may decide daily plans (the data scope was checked by the caller)
     */
    public DailyPlanEvent decide(boolean approve, @Nullable String comment, String by, boolean approver, Instant now) {
        if (by.equals(state.repId())) {
            throw new ForbiddenByRule("R-3", "A rep cannot approve or send back their own daily plan");
        }
        if (!approver) {
            throw new ForbiddenByRule("R-3", "Only the team's manager, a director or the general manager decides on "
                    + "a daily plan");
        }
        if (state.status() != Status.SUBMITTED) {
            throw new BusinessRuleViolation("R-3", "The plan is " + state.status() + "; only a submitted plan is decided");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new BusinessRuleViolation("R-3", "A plan is sent back with a comment saying what to change");
        }
        Draft same = new Draft(state.targets(), state.targetCustomerIds(), state.targetLeadIds());
        state = with(approve ? Status.APPROVED : Status.SENT_BACK, state.revision(), same, state.submittedAt(), by, now,
                comment, null);
        return approve ? new DailyPlanEvent.Approved(state) : new DailyPlanEvent.SentBack(state);
    }

    /**
     * whether {@code by} may file the evening review now: only the plan's rep, only for an approved plan, once,
     * and not before the plan's day.
     */
    public void checkReviewable(String by, LocalDate today) {
        requireRep(by, "reviews");
        if (state.status() == Status.REVIEWED) {
            throw new BusinessRuleViolation("R-3", "The review of the plan of " + state.date() + " was filed already");
        }
        if (state.status() != Status.APPROVED) {
            throw new BusinessRuleViolation("R-3", "A review needs an approved plan; the plan of " + state.date()
                    + " is " + state.status());
        }
        if (state.date().isAfter(today)) {
            throw new BusinessRuleViolation("R-3", "The review of " + state.date() + " is filed on that day or later");
        }
    }

    /**
     * the targets missed, in a stable order: {@code calls}, {@code visits}, {@code newIntentCustomers} below
     * target, then each target customer not visited ({@code customer:<id>}) and each target lead not contacted
     * ({@code lead:<id>}).
     */
    public List<String> misses(DailyCounts actuals, Collection<UUID> visitedCustomers, Collection<UUID> contactedLeads) {
        List<String> misses = new ArrayList<>();
        DailyCounts targets = state.targets();
        if (actuals.calls() < targets.calls()) {
            misses.add(CALLS);
        }
        if (actuals.visits() < targets.visits()) {
            misses.add(VISITS);
        }
        if (actuals.newIntentCustomers() < targets.newIntentCustomers()) {
            misses.add(NEW_INTENT_CUSTOMERS);
        }
        state.targetCustomerIds().stream().filter(id -> !visitedCustomers.contains(id))
                .forEach(id -> misses.add(customerKey(id)));
        state.targetLeadIds().stream().filter(id -> !contactedLeads.contains(id)).forEach(id -> misses.add(leadKey(id)));
        return misses;
    }

    /** whether {@code key} names one of the plan's targets (a count, a target customer or a target lead). */
    public boolean isTarget(String key) {
        return key.equals(CALLS) || key.equals(VISITS) || key.equals(NEW_INTENT_CUSTOMERS)
                || state.targetCustomerIds().stream().anyMatch(id -> customerKey(id).equals(key))
                || state.targetLeadIds().stream().anyMatch(id -> leadKey(id).equals(key));
    }

    /**
     * the evening review: actual against the approved plan; every missed target needs a reason. Reasons given for
     * targets that were met are not kept.
     */
    public DailyPlanEvent.ReviewFiled review(DailyCounts actuals, Collection<UUID> visitedCustomers,
                                             Collection<UUID> contactedLeads, Map<String, String> reasons, String by,
                                             LocalDate today, Instant now) {
        checkReviewable(by, today);
        List<DailyReview.Miss> misses = new ArrayList<>();
        for (String miss : misses(actuals, visitedCustomers, contactedLeads)) {
            String reason = reasons.get(miss);
            if (reason == null || reason.isBlank()) {
                throw new BusinessRuleViolation("R-3", "The missed target " + miss + " needs a reason");
            }
            misses.add(new DailyReview.Miss(miss, reason.strip()));
        }
        List<UUID> visited = state.targetCustomerIds().stream().filter(visitedCustomers::contains).toList();
        List<UUID> contacted = state.targetLeadIds().stream().filter(contactedLeads::contains).toList();
        DailyReview review = new DailyReview(actuals, visited, contacted, misses, now);
        Draft same = new Draft(state.targets(), state.targetCustomerIds(), state.targetLeadIds());
        state = with(Status.REVIEWED, state.revision(), same, state.submittedAt(), state.decidedBy(),
                state.decidedAt(), state.decisionComment(), review);
        return new DailyPlanEvent.ReviewFiled(state);
    }

    /** Approved or reviewed: the plan no longer changes. */
    public boolean isFinal() {
        return state.status() == Status.APPROVED || state.status() == Status.REVIEWED;
    }

    public static String customerKey(UUID customerId) {
        return "customer:" + customerId;
    }

    public static String leadKey(UUID leadId) {
        return "lead:" + leadId;
    }

    private void requireRep(String by, String what) {
        if (!by.equals(state.repId())) {
            throw new ForbiddenByRule("R-3", "Only the plan's rep " + what + " their daily plan");
        }
    }

    private DailyPlanState with(Status status, int revision, Draft draft, Instant submittedAt, @Nullable String decidedBy,
                                @Nullable Instant decidedAt, @Nullable String comment, @Nullable DailyReview review) {
        return new DailyPlanState(state.id(), state.repId(), state.team(), state.date(), status, revision,
                draft.targets(), draft.customerIds(), draft.leadIds(), state.late(), state.firstSubmittedAt(),
                submittedAt, decidedBy, decidedAt, comment, review, state.version());
    }

    public DailyPlanState state() {
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

    public LocalDate date() {
        return state.date();
    }

    public Status status() {
        return state.status();
    }

    /**
     * What a rep plans for the day.
     *
     * @param customerIds target customers, each in the rep's data scope (checked by the caller)
     * @param leadIds target leads (lead-service owns leads; they are stored as given)
     */
    public record Draft(DailyCounts targets, List<UUID> customerIds, List<UUID> leadIds) {

        public Draft {
            customerIds = List.copyOf(customerIds);
            leadIds = List.copyOf(leadIds);
        }
    }
}
