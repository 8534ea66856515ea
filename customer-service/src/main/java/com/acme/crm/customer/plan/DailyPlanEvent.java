package com.acme.crm.customer.plan;

/**
 * What happened to a daily plan, as the aggregate reports it: each event carries the plan right after the
 * change; the messaging adapter publishes it as an integration event keyed by the rep.
 */
public sealed interface DailyPlanEvent {

    /** The plan as it was right after the change. */
    DailyPlanState plan();

    /** The plan was submitted, or revised (revision above 1). */
    record Submitted(DailyPlanState plan) implements DailyPlanEvent {
    }

    /** The manager approved the plan. */
    record Approved(DailyPlanState plan) implements DailyPlanEvent {
    }

    /** The manager sent the plan back with a comment. */
    record SentBack(DailyPlanState plan) implements DailyPlanEvent {
    }

    /** The rep filed the evening review ({@code plan().review()}). */
    record ReviewFiled(DailyPlanState plan) implements DailyPlanEvent {
    }
}
