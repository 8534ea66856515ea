package com.acme.crm.customer.visitplan;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * a rep's visit plan for one week (customers, day, purpose, expected sales, route order), due before the deadline
 * on the last working day of the week before and confirmed by the rep's team manager. One plan per rep and week; the
 * rep replaces it until it is confirmed. State changes only through the methods below, which check the rule, refuse
 * naming R-4 and return the event that reports the change. (Not C-7's {@code visit.VisitPlan}: that one is a single
 * customer's plan after three visits without progress.)
 */
public final class WeeklyVisitPlan {

    /** Where a plan is in its week. */
    public enum Status { SUBMITTED, CONFIRMED }

    private WeeklyVisitPlanState state;

    private WeeklyVisitPlan(WeeklyVisitPlanState state) {
        this.state = state;
    }

    public static WeeklyVisitPlan restore(WeeklyVisitPlanState state) {
        return new WeeklyVisitPlan(state);
    }

    /** a rep's first plan for the week; flagged late (never refused) when submitted after the deadline. */
    public static WeeklyVisitPlanEvent.Submitted submit(UUID id, String repId, String team, LocalDate weekStart,
                                                        List<PlannedVisit> visits, PlanningWeek calendar, Instant now) {
        checkDays(weekStart, visits);
        return new WeeklyVisitPlanEvent.Submitted(new WeeklyVisitPlanState(id, repId, team, weekStart,
                Status.SUBMITTED, 1, visits, calendar.isLate(weekStart, now), now, now, null, null, 0));
    }

    /** the rep replaces the plan's visits until the manager confirms it; a confirmed plan is final. */
    public WeeklyVisitPlanEvent.Submitted replace(List<PlannedVisit> visits, String by, Instant now) {
        if (!by.equals(state.repId())) {
            throw new ForbiddenByRule("R-4", "Only the plan's rep replaces their weekly visit plan");
        }
        if (isConfirmed()) {
            throw new BusinessRuleViolation("R-4", "The visit plan of the week of " + state.weekStart()
                    + " was confirmed; it can no longer change");
        }
        checkDays(state.weekStart(), visits);
        state = with(Status.SUBMITTED, state.revision() + 1, visits, now, null, null);
        return new WeeklyVisitPlanEvent.Submitted(state);
    }

    /**
     * the rep's team manager (a director, the general manager) confirms the submitted plan; each visit is given
     * the id of the task that puts it on the rep's due list on its day. A rep never confirms their own plan.
     *
     * @param approver whether the caller's role may confirm plans (the data scope was checked by the caller)
     * @param taskIds one new task id per visit, in plan order
     */
    public WeeklyVisitPlanEvent.Confirmed confirm(String by, boolean approver, Supplier<UUID> taskIds, Instant now) {
        if (by.equals(state.repId())) {
            throw new ForbiddenByRule("R-4", "A rep cannot confirm their own weekly visit plan");
        }
        if (!approver) {
            throw new ForbiddenByRule("R-4", "Only the rep's team manager, a director or the general manager confirms "
                    + "a weekly visit plan");
        }
        if (isConfirmed()) {
            throw new BusinessRuleViolation("R-4", "The visit plan of the week of " + state.weekStart()
                    + " was confirmed already");
        }
        List<PlannedVisit> visits = new ArrayList<>(state.visits().size());
        for (PlannedVisit visit : state.visits()) {
            visits.add(visit.withTask(taskIds.get()));
        }
        state = with(Status.CONFIRMED, state.revision(), visits, state.submittedAt(), by, now);
        return new WeeklyVisitPlanEvent.Confirmed(state);
    }

    public boolean isConfirmed() {
        return state.status() == Status.CONFIRMED;
    }

    /** every visit falls in the plan's week (the commands name the offending field before it gets here). */
    private static void checkDays(LocalDate weekStart, List<PlannedVisit> visits) {
        for (PlannedVisit visit : visits) {
            if (!PlanningWeek.contains(weekStart, visit.day())) {
                throw new BusinessRuleViolation("R-4", "A planned visit on " + visit.day()
                        + " is outside the week of " + weekStart);
            }
        }
    }

    private WeeklyVisitPlanState with(Status status, int revision, List<PlannedVisit> visits, Instant submittedAt,
                                      @Nullable String confirmedBy, @Nullable Instant confirmedAt) {
        return new WeeklyVisitPlanState(state.id(), state.repId(), state.team(), state.weekStart(), status, revision,
                visits, state.late(), state.firstSubmittedAt(), submittedAt, confirmedBy, confirmedAt,
                state.version());
    }

    public WeeklyVisitPlanState state() {
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

    public LocalDate weekStart() {
        return state.weekStart();
    }

    public Status status() {
        return state.status();
    }
}
