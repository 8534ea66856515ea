package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * the customer answered a survey: satisfaction 1–5 and NPS 0–10, with its band (PROMOTER 9–10, PASSIVE 7–8,
 * DETRACTOR 0–6). No comments.
 */
@EventType(value = "crm.survey.answered.v1", topic = Topics.AFTERSALES)
public record SurveyAnswered(
        UUID surveyId,
        UUID customerId,
        String team,
        int satisfaction,
        int nps,
        String band,
        String recordedBy,
        Instant answeredAt) implements SurveyEvent {
}
