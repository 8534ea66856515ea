package com.acme.crm.order.order.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.order.OrderSlice;
import com.acme.crm.order.order.OrderCommands;
import com.acme.crm.order.order.OrderRepository;
import com.acme.crm.order.order.Stage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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

/** The order API: who may call what, bad input answered 400 naming the field, rule refusals 422 naming the rule. */
@CrmWebSliceTest(controllers = OrderController.class)
@Import(OrderSlice.class)
class OrderWebTest {

    private static final String REP = TestTokens.rep("rep-1", "east");
    private static final UUID ORDER = UUID.randomUUID();

    @Autowired
    WebTestClient web;
    @MockitoBean
    OrderCommands commands;
    @MockitoBean
    OrderRepository orders;

    @Test
    void o4_shippingWithoutATrackingNumberIsRefusedNamingTheField() {
        post(REP, "/fulfilment", Map.of("stage", "SHIPPED")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("trackingNumber");
        verifyNoInteractions(commands);
    }

    @Test
    void o4_aStageMovingBackwardsIsRefusedNamingTheRule() {
        when(commands.advance(eq(ORDER), eq(Stage.PRODUCTION_SCHEDULED), any(), any())).thenReturn(Mono.error(
                new BusinessRuleViolation("O-4", "stage: stages only move forward")));

        post(REP, "/fulfilment", Map.of("stage", "PRODUCTION_SCHEDULED")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("O-4");
    }

    @Test
    void anUnknownStageIsRefusedNamingTheField() {
        post(REP, "/fulfilment", Map.of("stage", "TELEPORTED")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("stage");
        verifyNoInteractions(commands);
    }

    @Test
    void o5_aRejectionWithoutReasonsIsRefusedNamingTheField() {
        post(REP, "/acceptance", Map.of("decision", "REJECTED")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reasons");
        verifyNoInteractions(commands);
    }

    @Test
    void o3_o6_aChangedSplitThatDoesNotSumToHundredIsRefusedNamingTheField() {
        post(REP, "/change-requests", Map.of("milestones", Map.of("prepayment", 30, "arrival", 60, "acceptance", 20)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("milestones");
        verifyNoInteractions(commands);
    }

    @Test
    void o6_onlyAManagerDecidesAChange() {
        post(REP, "/change-requests/" + UUID.randomUUID() + "/decision", Map.of("approve", true))
                .expectStatus().isForbidden().expectBody().jsonPath("$.status").isEqualTo(403);
        verifyNoInteractions(commands);
    }

    @Test
    void financeAndServiceAgentsDoNotWorkOrders() {
        for (Role role : new Role[]{Role.FINANCE, Role.SERVICE_AGENT, Role.SALES_SUPPORT}) {
            post(TestTokens.token("x-1", "east", role), "/fulfilment", Map.of("stage", "PRODUCTION_SCHEDULED"))
                    .expectStatus().isForbidden();
        }
        verifyNoInteractions(commands);
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        web.get().uri("/api/orders/{id}", ORDER).exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return web.post().uri("/api/orders/" + ORDER + path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
