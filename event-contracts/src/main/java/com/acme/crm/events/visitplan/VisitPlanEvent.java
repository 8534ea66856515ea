package com.acme.crm.events.visitplan;

import com.acme.crm.events.IntegrationEvent;

/**
 * Events about one rep's weekly visit plans and business trips, keyed by the rep's id so one rep's weeks stay
 * in order. Ids, dates and amounts only: no contact data (B-3), no free text.
 */
public sealed interface VisitPlanEvent extends IntegrationEvent
        permits WeeklyVisitPlanSubmitted, WeeklyVisitPlanConfirmed, TripApproved, TripReported {

    String repId();

    @Override
    default String aggregateId() {
        return repId();
    }
}
