package com.acme.crm.order.quote.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.order.OrderSlice;
import com.acme.crm.order.quote.QuoteDesk;

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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The quote API's answers: 400 naming the field, 403/422 naming the rule (O-2, O-16), 401 and 403 by role. */
@CrmWebSliceTest(controllers = QuoteController.class)
@Import(OrderSlice.class)
class QuoteWebTest {

    private static final String REP = TestTokens.rep("rep-1", "east");

    @Autowired
    WebTestClient web;
    @MockitoBean
    QuoteDesk desk;

    @Test
    void o2_aDiscountOverAHundredPercentIsRefusedNamingTheFieldBeforeTheDesk() {
        post(REP, "/api/quotes", body("101", "0")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("offer.lines[0].discountPercent");
        post(REP, "/api/quotes", body("0", "-1")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("offer.overallDiscountPercent");
        verifyNoInteractions(desk);
    }

    @Test
    void o16_aRefusalByRuleIsForbiddenNamingTheRule() {
        when(desk.issue(any(), any(), any())).thenReturn(Mono.error(new ForbiddenByRule("O-16", "support does not quote")));

        post(TestTokens.token("sup-1", null, Role.SALES_SUPPORT), "/api/quotes", body("0", "0"))
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("O-16");
    }

    @Test
    void o2_aSignatureWithoutTheApprovalIsUnprocessableNamingTheRule() {
        UUID id = UUID.randomUUID();
        when(desk.sign(any(), any())).thenReturn(Mono.error(new BusinessRuleViolation("O-2", "unapproved")));

        web.post().uri("/api/quotes/{id}/signature", id).headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("O-2");
    }

    @Test
    void o2_aDecisionNeedsAComment() {
        post(REP, "/api/quotes/" + UUID.randomUUID() + "/decision", Map.of("decision", "APPROVE"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
        when(desk.decide(any(), anyBoolean(), anyString(), any()))
                .thenReturn(Mono.error(new ForbiddenByRule("O-2", "only the SALES_MANAGER")));
        post(REP, "/api/quotes/" + UUID.randomUUID() + "/decision", Map.of("decision", "APPROVE", "comment", "ok"))
                .expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("O-2");
    }

    @Test
    void rolesOutsideSalesAreForbiddenAndStrangersUnauthorised() {
        post(TestTokens.token("agent-1", "east", Role.SERVICE_AGENT), "/api/quotes", body("0", "0"))
                .expectStatus().isForbidden();
        web.get().uri("/api/quotes").exchange().expectStatus().isUnauthorized();
        verifyNoInteractions(desk);
    }

    private WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private static Map<String, Object> body(String lineDiscount, String overallDiscount) {
        return Map.of("requirementId", UUID.randomUUID(), "offer", Map.of(
                "valuePackage", Map.of("warrantyMonths", 12),
                "lines", List.of(Map.of("productId", UUID.randomUUID(), "quantity", 1,
                        "discountPercent", new java.math.BigDecimal(lineDiscount))),
                "overallDiscountPercent", new java.math.BigDecimal(overallDiscount)));
    }
}
