package com.acme.crm.order.tender.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.order.OrderSlice;
import com.acme.crm.order.tender.TenderDesk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The tender API's answers: 400 naming the field, 403 naming O-8, 422 naming O-11, 401/403 by role, 404, 409. */
@CrmWebSliceTest(controllers = TenderController.class)
@Import(OrderSlice.class)
class TenderWebTest {

    private static final String REP = TestTokens.rep("rep-1", "east");
    private static final String MANAGER = TestTokens.manager("mgr-1", "east");

    @Autowired
    WebTestClient web;
    @MockitoBean
    TenderDesk desk;

    @Test
    void badInputIsRefusedNamingTheFieldBeforeTheDesk() {
        post(REP, "/api/tenders", Map.of("title", "Line 3", "submissionDeadline", "2027-01-01T00:00:00Z",
                "estimatedValue", 1000)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
        post(REP, "/api/tenders/" + UUID.randomUUID() + "/bid", Map.of("summary", "two presses", "value", -1))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("value");
        post(TestTokens.token("gm-1", null, Role.GENERAL_MANAGER), "/api/tenders/" + UUID.randomUUID()
                + "/bid-signature", Map.of("biddingTeam", List.of())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("biddingTeam");
        post(MANAGER, "/api/tenders/" + UUID.randomUUID() + "/bid-decision", Map.of("decision", "MAYBE"))
                .expectStatus().isBadRequest();
        verifyNoInteractions(desk);
    }

    @Test
    void o8_aDecisionByAnyoneButTheManagerIsForbiddenNamingTheRule() {
        when(desk.decide(any(), any(), any())).thenReturn(Mono.error(new ForbiddenByRule("O-8", "manager only")));

        post(REP, "/api/tenders/" + UUID.randomUUID() + "/bid-decision", Map.of("decision", "BID"))
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("O-8");
    }

    @Test
    void o11_aStepOutOfOrderIsUnprocessableNamingTheRule() {
        when(desk.submit(any(), any())).thenReturn(Mono.error(new BusinessRuleViolation("O-11", "not signed")));

        web.post().uri("/api/tenders/{id}/submission", UUID.randomUUID()).headers(h -> h.setBearerAuth(REP))
                .exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("O-11");
    }

    @Test
    void aTenderOutsideTheScopeIsNotFoundAndAConcurrentStepConflicts() {
        UUID id = UUID.randomUUID();
        when(desk.get(any(), any())).thenReturn(Mono.error(new NotFoundException("Tender", id)));
        when(desk.recordOutcome(any(), any(), any(), any(), any()))
                .thenReturn(Mono.error(new OptimisticLockingFailureException("Tender " + id + " was changed")));

        web.get().uri("/api/tenders/{id}", id).headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post(REP, "/api/tenders/" + id + "/outcome", Map.of("outcome", "LOST", "competitor", "Jinan Press Works"))
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void rolesOutsideSalesAreForbiddenAndStrangersUnauthorised() {
        post(TestTokens.token("agent-1", "east", Role.SERVICE_AGENT), "/api/tenders/" + UUID.randomUUID()
                + "/submission", Map.of()).expectStatus().isForbidden();
        web.get().uri("/api/tenders").headers(h -> h.setBearerAuth(TestTokens.token("sup-1", null,
                Role.SALES_SUPPORT))).exchange().expectStatus().isForbidden();
        web.get().uri("/api/tenders").exchange().expectStatus().isUnauthorized();
        verifyNoInteractions(desk);
    }

    private WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}
