package com.acme.crm.events.aftersales;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * a satisfaction survey was issued to a customer: once per accepted order (orderId set) or once per customer per
 * quarter (quarter set, e.g. 2026-Q4).
 *
 * @param kind ORDER_ACCEPTED or QUARTERLY
 */
@EventType(value = "crm.survey.issued.v1", topic = Topics.AFTERSALES)
public record SurveyIssued(
        UUID surveyId,
        UUID customerId,
        String ownerId,
        String team,
        String kind,
        @Nullable UUID orderId,
        @Nullable String quarter,
        Instant issuedAt) implements SurveyEvent {
}
