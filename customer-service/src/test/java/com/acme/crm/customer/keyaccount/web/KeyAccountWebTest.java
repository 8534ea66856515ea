package com.acme.crm.customer.keyaccount.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.keyaccount.KeyAccountService;
import com.acme.crm.customer.keyaccount.KeyAccounts;
import com.acme.crm.customer.keyaccount.RhythmTask;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** C-12 over HTTP with the service mocked: the managers' quarter view and completing a rhythm task. */
@CrmWebSliceTest(controllers = KeyAccountController.class)
class KeyAccountWebTest {

    private static final String MANAGER = TestTokens.manager("mgr-1", CustomerFixtures.TEAM);

    @Autowired
    WebTestClient web;
    @MockitoBean
    KeyAccountService service;

    private final UUID customer = UUID.randomUUID();

    @Test
    void c12_aManagerSeesTheQuartersReviewsOnePageAtATime() {
        KeyAccounts.ReviewRow row = new KeyAccounts.ReviewRow(customer, "Hangzhou Pumps", "rep-1",
                CustomerFixtures.TEAM, "A", KeyAccounts.ReviewStatus.OVERDUE, UUID.randomUUID(),
                Instant.parse("2026-10-30T16:00:00Z"), null);
        when(service.reviews(eq("2026-Q4"), eq(CustomerFixtures.TEAM), isNull(), isNull(), any())).thenReturn(Mono.just(
                new KeyAccountService.Reviews("2026-Q4", PageResponse.of(List.of(row), new PageRequest(0, 50), 1))));

        web.get().uri("/api/key-accounts/rhythm?quarter=2026-Q4&team={team}", CustomerFixtures.TEAM)
                .headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.quarter").isEqualTo("2026-Q4")
                .jsonPath("$.page.items[0].status").isEqualTo("OVERDUE")
                .jsonPath("$.page.totalItems").isEqualTo(1);
    }

    @Test
    void c12_aBadQuarterIs400NamingIt() {
        when(service.reviews(eq("2026-Q5"), any(), any(), any(), any()))
                .thenReturn(Mono.error(new InvalidFieldException("quarter", "must be YYYY-Qn, e.g. 2026-Q4")));

        web.get().uri("/api/key-accounts/rhythm?quarter=2026-Q5").headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("quarter");
    }

    @Test
    void c12_theQuarterViewIsForManagersNotRepsOrFinance() {
        for (String token : List.of(TestTokens.rep("rep-1", CustomerFixtures.TEAM),
                TestTokens.token("fin-1", null, Role.FINANCE))) {
            web.get().uri("/api/key-accounts/rhythm").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        verifyNoInteractions(service);
    }

    @Test
    void c12_theOwnerMarksTheReviewDone() {
        when(service.complete(eq(customer), eq(RhythmTask.BUSINESS_REVIEW), any())).thenReturn(Mono.empty());

        complete(TestTokens.rep("rep-1", CustomerFixtures.TEAM), Map.of("kind", "BUSINESS_REVIEW"))
                .expectStatus().isNoContent();
    }

    @Test
    void c12_aCompletionWithoutAKnownKindIs400AndFinanceIs403() {
        complete(MANAGER, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        complete(MANAGER, Map.of("kind", "LUNCH")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        complete(TestTokens.token("fin-1", null, Role.FINANCE), Map.of("kind", "BUSINESS_REVIEW"))
                .expectStatus().isForbidden();
        verifyNoInteractions(service);
    }

    private WebTestClient.ResponseSpec complete(String token, Map<String, ?> body) {
        return web.post().uri("/api/key-accounts/{id}/completions", customer).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
