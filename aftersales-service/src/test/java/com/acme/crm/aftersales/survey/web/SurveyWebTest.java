package com.acme.crm.aftersales.survey.web;

import com.acme.crm.aftersales.survey.NpsScore;
import com.acme.crm.aftersales.survey.SurveyDesk;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The survey API's answers: scores out of range → 400 naming the field, a second answer → 422 naming A-4, NPS. */
@CrmWebSliceTest(controllers = SurveyController.class)
class SurveyWebTest {

    private static final String AGENT = TestTokens.token("agent-1", "east", Role.SERVICE_AGENT);

    @Autowired
    WebTestClient web;
    @MockitoBean
    SurveyDesk desk;

    @Test
    void a4_scoresOutOfRangeAreRefusedNamingTheFieldBeforeTheDesk() {
        respond(Map.of("satisfaction", 3, "nps", 11)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("nps");
        respond(Map.of("satisfaction", 0, "nps", 5)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("satisfaction");
        respond(Map.of("satisfaction", 6)).expectStatus().isBadRequest();
        verifyNoInteractions(desk);
    }

    @Test
    void a4_aSecondAnswerIsUnprocessableNamingTheRule() {
        when(desk.answer(any(), eq(4), eq(9), any()))
                .thenReturn(Mono.error(new BusinessRuleViolation("A-4", "already answered")));

        respond(Map.of("satisfaction", 4, "nps", 9)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("A-4");
    }

    @Test
    void a4_theNpsReadsTheScoreOfThePeriod() {
        when(desk.nps(any(), any(), eq("east"), any())).thenReturn(Mono.just(NpsScore.ofAnswers(10, 8, 3)));

        web.get().uri("/api/surveys/nps?from=2026-10-01T00:00:00Z&to=2027-01-01T00:00:00Z&team=east")
                .headers(h -> h.setBearerAuth(AGENT)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.responses").isEqualTo(3)
                .jsonPath("$.score").isEqualTo(0.0);
        web.get().uri("/api/surveys/nps?from=yesterday&to=2027-01-01T00:00:00Z")
                .headers(h -> h.setBearerAuth(AGENT)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
    }

    private WebTestClient.ResponseSpec respond(Object body) {
        return web.post().uri("/api/surveys/{id}/responses", UUID.randomUUID()).headers(h -> h.setBearerAuth(AGENT))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
