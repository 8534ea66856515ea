package com.acme.crm.aftersales.survey;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** What happened to a survey; ids and scores only, never contact data or comments. */
public sealed interface SurveyEvent {

    UUID surveyId();

    /** a survey was issued to the customer. */
    record Issued(UUID surveyId, UUID customerId, String ownerId, String team, SurveyKind kind,
                  @Nullable UUID orderId, @Nullable String quarter, Instant at) implements SurveyEvent {
    }

    /** the customer answered: satisfaction 1–5, NPS 0–10. */
    record Answered(UUID surveyId, UUID customerId, String team, int satisfaction, int nps, NpsBand band, String by,
                    Instant at) implements SurveyEvent {
    }
}
