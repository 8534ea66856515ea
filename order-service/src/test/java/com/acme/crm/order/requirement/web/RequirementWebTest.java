package com.acme.crm.order.requirement.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.order.OrderSlice;
import com.acme.crm.order.requirement.RequirementBook;

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
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The requirement API's answers (O-1): 400 naming the field, 422 naming O-1, 403 for roles that do not draft. */
@CrmWebSliceTest(controllers = RequirementController.class)
@Import(OrderSlice.class)
class RequirementWebTest {

    private static final String REP = TestTokens.rep("rep-1", "east");

    @Autowired
    WebTestClient web;
    @MockitoBean
    RequirementBook book;

    @Test
    void o1_aRequirementWithoutProductsIsRefusedNamingTheField() {
        draft(REP, Map.of("customerId", UUID.randomUUID(), "lines", List.of())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lines");
        draft(REP, Map.of("customerId", UUID.randomUUID(), "lines", List.of(Map.of("productId", UUID.randomUUID(),
                "quantity", 0)))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lines[0].quantity");
        verifyNoInteractions(book);
    }

    @Test
    void o1_anUnknownCustomerIsUnprocessableNamingTheRule() {
        when(book.draft(any(), any())).thenReturn(Mono.error(new BusinessRuleViolation("O-1", "unknown customer")));

        draft(REP, Map.of("customerId", UUID.randomUUID(), "lines", List.of(Map.of("productId", UUID.randomUUID(),
                "quantity", 1)))).expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("O-1");
    }

    @Test
    void salesSupportReadsButDoesNotDraft() {
        draft(TestTokens.token("sup-1", null, Role.SALES_SUPPORT), Map.of("customerId", UUID.randomUUID(),
                "lines", List.of(Map.of("productId", UUID.randomUUID(), "quantity", 1)))).expectStatus().isForbidden();
        verifyNoInteractions(book);
    }

    private WebTestClient.ResponseSpec draft(String token, Object body) {
        return web.post().uri("/api/requirements").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
