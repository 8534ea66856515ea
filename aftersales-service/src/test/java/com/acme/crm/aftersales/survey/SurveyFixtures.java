package com.acme.crm.aftersales.survey;

import java.time.Instant;
import java.util.UUID;

/** Surveys in domain terms, for the A-4 tests. */
final class SurveyFixtures {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private SurveyFixtures() {
    }

    static Survey issuedAfterAcceptance() {
        return Survey.afterAcceptance(UUID.randomUUID(), UUID.randomUUID(), "rep-1", "east", NOW);
    }

    static Survey answered(int satisfaction, int nps) {
        Survey survey = issuedAfterAcceptance();
        survey.answer(satisfaction, nps, "agent-1", NOW.plusSeconds(3600));
        return survey;
    }
}
