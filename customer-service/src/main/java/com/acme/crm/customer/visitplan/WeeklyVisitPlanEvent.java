package com.acme.crm.customer.visitplan;

/**
 * What happened to a weekly visit plan, as the aggregate reports it: each event carries the plan right after
 * the change; the messaging adapter publishes it as an integration event keyed by the rep.
 */
public sealed interface WeeklyVisitPlanEvent {

    /** The plan as it was right after the change. */
    WeeklyVisitPlanState plan();

    /** The plan was submitted, or replaced before confirmation (revision above 1). */
    record Submitted(WeeklyVisitPlanState plan) implements WeeklyVisitPlanEvent {
    }

    /** The team manager confirmed the plan; its visits carry the tasks opened for them. */
    record Confirmed(WeeklyVisitPlanState plan) implements WeeklyVisitPlanEvent {
    }
}
