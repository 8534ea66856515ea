package com.acme.crm.aftersales.feedback.web;

import com.acme.crm.aftersales.feedback.FeedbackDesk;
import com.acme.crm.aftersales.feedback.FeedbackQueue;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.PageResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The feedback API's answers: 400 naming the field (an unknown class or queue), 422 naming A-3, roles. */
@CrmWebSliceTest(controllers = FeedbackController.class)
class FeedbackWebTest {

    private static final String AGENT = TestTokens.token("agent-1", "east", Role.SERVICE_AGENT);

    @Autowired
    WebTestClient web;
    @MockitoBean
    FeedbackDesk desk;

    @Test
    void a3_anUnknownClassificationIsRefusedNamingTheFieldBeforeTheDesk() {
        post(AGENT, "/api/feedback", Map.of("customerId", UUID.randomUUID().toString(), "classification", "PRICE",
                "summary", "Too expensive")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("classification");
        post(AGENT, "/api/feedback", Map.of("customerId", UUID.randomUUID().toString(), "classification", "PRODUCT"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("summary");
        web.get().uri("/api/feedback?queue=MARKETING").headers(h -> h.setBearerAuth(AGENT)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("queue");
        verifyNoInteractions(desk);
    }

    @Test
    void a3_aQueueIsListedByItsName() {
        when(desk.list(eq(FeedbackQueue.R_AND_D), any(), any()))
                .thenReturn(Mono.just(new PageResponse<>(List.of(), 0, 50, 0, 0)));

        web.get().uri("/api/feedback?queue=R_AND_D").headers(h -> h.setBearerAuth(AGENT)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void a3_shippingTwiceIsUnprocessableNamingTheRule() {
        when(desk.shipImprovement(any(), any(), any()))
                .thenReturn(Mono.error(new BusinessRuleViolation("A-3", "already shipped")));

        post(AGENT, "/api/feedback/" + UUID.randomUUID() + "/shipped", Map.of("improvement", "firmware 2.4"))
                .expectStatus().isEqualTo(422).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("A-3");
    }

    @Test
    void financeIsForbiddenAndStrangersUnauthorised() {
        web.get().uri("/api/feedback").headers(h -> h.setBearerAuth(TestTokens.token("fin-1", null, Role.FINANCE)))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/feedback").exchange().expectStatus().isUnauthorized();
        verifyNoInteractions(desk);
    }

    private WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}
