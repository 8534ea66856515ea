package com.acme.crm.events.aftersales;

import com.acme.crm.events.IntegrationEvent;

import java.util.UUID;

/** Events about one satisfaction survey, keyed by its id. */
public sealed interface SurveyEvent extends IntegrationEvent permits SurveyIssued, SurveyAnswered {

    UUID surveyId();

    @Override
    default String aggregateId() {
        return surveyId().toString();
    }
}
