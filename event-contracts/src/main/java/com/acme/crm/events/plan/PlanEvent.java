package com.acme.crm.events.plan;

import com.acme.crm.events.IntegrationEvent;

/** Events about one rep's daily plans and reviews, keyed by the rep's id so one rep's days stay in order. */
public sealed interface PlanEvent extends IntegrationEvent
        permits DailyPlanSubmitted, DailyPlanApproved, DailyPlanSentBack, DailyReviewFiled {

    String repId();

    @Override
    default String aggregateId() {
        return repId();
    }
}
