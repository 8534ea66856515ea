package com.acme.crm.order.negotiation.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.order.OrderSlice;
import com.acme.crm.order.negotiation.ContractReviewDesk;
import com.acme.crm.order.negotiation.NegotiationDesk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The negotiation and contract review APIs: 400 naming the field, 403/422 naming O-12/O-13, 401, 404, 409. */
@CrmWebSliceTest(controllers = {NegotiationController.class, ContractReviewController.class})
@Import(OrderSlice.class)
class NegotiationWebTest {

    private static final String REP = TestTokens.rep("rep-1", "east");
    private static final String MANAGER = TestTokens.manager("mgr-1", "east");

    @Autowired
    WebTestClient web;
    @MockitoBean
    NegotiationDesk negotiations;
    @MockitoBean
    ContractReviewDesk reviews;

    @Test
    void badInputIsRefusedNamingTheFieldBeforeTheDesks() {
        post(MANAGER, "/api/negotiations", Map.of("quoteId", UUID.randomUUID(), "topic", "Terms",
                "heldAt", "2026-11-23T09:00:00Z", "place", "Plant 3", "members", List.of()))
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("members");
        post(MANAGER, "/api/negotiations/" + UUID.randomUUID() + "/issues/1/resolution", Map.of("resolution", " "))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("resolution");
        post(REP, "/api/contract-reviews", Map.of("quoteId", UUID.randomUUID(),
                "terms", Map.of("specialClauses", ""))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("terms.specialClauses");
        post(MANAGER, "/api/contract-reviews/" + UUID.randomUUID() + "/decision", Map.of("decision", "APPROVE"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
        verifyNoInteractions(negotiations, reviews);
    }

    @Test
    void o12_aNegotiationRecordedByARepIsForbiddenAndAnIssueOutOfTurnUnprocessable() {
        when(negotiations.record(any(), any(), any(), any()))
                .thenReturn(Mono.error(new ForbiddenByRule("O-12", "the sales manager sets the negotiation")));
        when(negotiations.resolve(any(), anyInt(), anyString(), any(), any()))
                .thenReturn(Mono.error(new BusinessRuleViolation("O-12", "not a revision of the negotiated quote")));

        post(REP, "/api/negotiations", Map.of("quoteId", UUID.randomUUID(), "topic", "Terms",
                "heldAt", "2026-11-23T09:00:00Z", "place", "Plant 3",
                "members", List.of(Map.of("memberId", "rep-1", "role", "commercial"))))
                .expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("O-12");
        post(MANAGER, "/api/negotiations/" + UUID.randomUUID() + "/issues/1/resolution",
                Map.of("resolution", "14 %", "revisedQuoteId", UUID.randomUUID()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("O-12");
    }

    @Test
    void o13_aDecisionByTheWrongApproverIsForbiddenAndAnArchiveBeforeSigningUnprocessable() {
        when(reviews.decide(any(), anyBoolean(), anyString(), any()))
                .thenReturn(Mono.error(new ForbiddenByRule("O-13", "waits for the SALES_MANAGER")));
        when(reviews.archive(any(), anyString(), any()))
                .thenReturn(Mono.error(new BusinessRuleViolation("O-13", "only a signed contract is archived")));

        post(TestTokens.token("gm-1", null, Role.GENERAL_MANAGER), "/api/contract-reviews/" + UUID.randomUUID()
                + "/decision", Map.of("decision", "APPROVE", "comment", "ok"))
                .expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("O-13");
        post(REP, "/api/contract-reviews/" + UUID.randomUUID() + "/archive", Map.of("documentReference", "DMS-1"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("O-13");
    }

    @Test
    void aSecondReviewOfAQuoteConflictsAndOneOutsideTheScopeIsNotFound() {
        UUID id = UUID.randomUUID();
        when(reviews.record(any(), any(), any())).thenReturn(Mono.error(new ConflictException("already reviewed")));
        when(negotiations.get(any(), any())).thenReturn(Mono.error(new NotFoundException("Negotiation", id)));

        post(REP, "/api/contract-reviews", Map.of("quoteId", UUID.randomUUID(), "terms", Map.of()))
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/negotiations/{id}", id).headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void rolesOutsideSalesAreForbiddenAndStrangersUnauthorised() {
        web.get().uri("/api/negotiations").headers(h -> h.setBearerAuth(TestTokens.token("fin-1", null,
                Role.FINANCE))).exchange().expectStatus().isForbidden();
        web.get().uri("/api/contract-reviews/{id}", UUID.randomUUID()).exchange().expectStatus().isUnauthorized();
        verifyNoInteractions(negotiations, reviews);
    }

    private WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}
