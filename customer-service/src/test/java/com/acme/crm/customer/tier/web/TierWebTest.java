package com.acme.crm.customer.tier.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.customer.TierPolicy;
import com.acme.crm.customer.tier.TierCommands;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * A manager's tier-A pin (C-1) and the dedicated account manager (C-3) over HTTP, with the commands mocked. None of
 * these endpoints has a rule refusal (422): pinning, unpinning and naming an account manager always apply.
 */
@CrmWebSliceTest(controllers = TierController.class)
class TierWebTest {

    private static final String MANAGER = TestTokens.manager("mgr-1", CustomerFixtures.TEAM);
    private static final String REP = TestTokens.rep(CustomerFixtures.REP, CustomerFixtures.TEAM);
    private static final TierPolicy POLICY = new TierPolicy(new BigDecimal("1000000"), new BigDecimal("300000"),
            new BigDecimal("1000000"));

    @Autowired
    WebTestClient web;

    @MockitoBean
    TierCommands commands;

    private final Customer customer = CustomerFixtures.tierB();
    private final UUID id = customer.id();

    @Test
    void c1_aManagerPinsACustomerToTierA() {
        when(commands.pinTierA(eq(id), eq("strategic account"), any())).thenAnswer(call -> Mono.fromCallable(() -> {
            customer.pinA("strategic account", POLICY, CustomerFixtures.REGISTERED);
            return customer.state();
        }));

        pin(MANAGER, Map.of("reason", "strategic account")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tier").isEqualTo("A")
                .jsonPath("$.tierPinned").isEqualTo(true)
                .jsonPath("$.tierPinReason").isEqualTo("strategic account");
    }

    @Test
    void c1_removingThePinFallsBackToThePurchasesTier() {
        customer.pinA("strategic account", POLICY, CustomerFixtures.REGISTERED);
        when(commands.unpinTier(eq(id), any())).thenAnswer(call -> Mono.fromCallable(() -> {
            customer.unpin(POLICY, CustomerFixtures.REGISTERED);
            return customer.state();
        }));

        web.delete().uri("/api/customers/{id}/tier-pin", id).headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.tier").isEqualTo("B").jsonPath("$.tierPinned").isEqualTo(false);
    }

    @Test
    void c3_aManagerNamesTheDedicatedAccountManager() {
        when(commands.assignAccountManager(eq(id), eq("am-1"), any())).thenAnswer(call -> Mono.fromCallable(() -> {
            customer.assignAccountManager("am-1", CustomerFixtures.REGISTERED);
            return customer.state();
        }));

        accountManager(MANAGER, Map.of("accountManagerId", "am-1")).expectStatus().isOk()
                .expectBody().jsonPath("$.accountManagerId").isEqualTo("am-1");
    }

    @Test
    void aPinWithoutAReasonOrAnEmptyAccountManagerIs400NamingTheField() {
        pin(MANAGER, Map.of()).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        accountManager(MANAGER, Map.of("accountManagerId", "")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("accountManagerId");
        accountManager(MANAGER, Map.of("accountManagerId", "a".repeat(65))).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("accountManagerId");
        verifyNoInteractions(commands);
    }

    @Test
    void withoutATokenIs401() {
        web.delete().uri("/api/customers/{id}/tier-pin", id).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void c1_c3_aRepIsRefusedByTheCommandsAndFinanceOrAReadOnlySystemByTheEndpointWith403() {
        when(commands.pinTierA(eq(id), any(), any()))
                .thenThrow(new AccessDeniedException("C-1: only a manager pins a tier"));
        when(commands.assignAccountManager(eq(id), any(), any()))
                .thenThrow(new AccessDeniedException("C-3: only a manager names the account manager"));

        pin(REP, Map.of("reason", "my best customer")).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        accountManager(REP, Map.of("accountManagerId", CustomerFixtures.REP)).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        pin(TestTokens.token("fin-1", null, Role.FINANCE), Map.of("reason", "x")).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        pin(TestTokens.systemToken("reporting", Scopes.CUSTOMERS_READ), Map.of("reason", "x"))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aCustomerOutsideTheManagersTeamIs404() {
        when(commands.unpinTier(eq(id), any())).thenReturn(Mono.error(new NotFoundException("Customer", id)));

        web.delete().uri("/api/customers/{id}/tier-pin", id).headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void aConcurrentChangeIs409() {
        when(commands.pinTierA(eq(id), any(), any()))
                .thenReturn(Mono.error(new OptimisticLockingFailureException("version moved")));

        pin(MANAGER, Map.of("reason", "strategic account")).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(409);
    }

    private WebTestClient.ResponseSpec pin(String token, Map<String, ?> body) {
        return web.post().uri("/api/customers/{id}/tier-pin", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec accountManager(String token, Map<String, ?> body) {
        return web.put().uri("/api/customers/{id}/account-manager", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
