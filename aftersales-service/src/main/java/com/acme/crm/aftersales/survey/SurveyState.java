package com.acme.crm.aftersales.survey;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One satisfaction survey as stored: whose customer, why it was issued (the accepted order, or the quarter of
 * the quarterly round) and, once answered, the answer. {@code version} guards concurrent answers.
 */
public record SurveyState(UUID id, UUID customerId, String ownerId, String team, SurveyKind kind,
                          @Nullable UUID orderId, @Nullable String quarter, Instant issuedAt,
                          @Nullable Answer answer, long version) {

    /** satisfaction 1–5 and NPS 0–10, who recorded it and when. */
    public record Answer(int satisfaction, int nps, String by, Instant at) {
    }
}
