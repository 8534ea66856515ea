package com.acme.crm.events.aftersales;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one piece of customer feedback, keyed by its id. */
public sealed interface FeedbackEvent extends IntegrationEvent permits FeedbackImprovementShipped {

    UUID feedbackId();

    @Override
    default String aggregateId() {
        return feedbackId().toString();
    }
}
