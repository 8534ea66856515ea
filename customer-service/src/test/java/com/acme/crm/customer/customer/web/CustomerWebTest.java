package com.acme.crm.customer.customer.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.CustomerQueries;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.customer.Tier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The customer read API: search, one customer and its history, their refusals and B-3 masking, queries mocked. */
@CrmWebSliceTest(controllers = CustomerController.class)
@EnableConfigurationProperties(CustomerProperties.class)
class CustomerWebTest {

    private static final String REP = TestTokens.rep(CustomerFixtures.REP, CustomerFixtures.TEAM);
    private static final String PHONE = "+86 138 0013 8000";

    @Autowired
    WebTestClient web;

    @MockitoBean
    CustomerQueries queries;

    @MockitoBean
    CustomerAccess access;

    private final CustomerState customer = CustomerFixtures.tierB().state();
    private final ContactPerson person = new ContactPerson(UUID.randomUUID(), "Ms Chen", "purchasing manager", PHONE,
            "chen@pumps.example", "chen-wx", LocalDate.of(1980, 5, 1), null, null);

    @Test
    void b3_theOwnerReadsACustomerWithItsPeopleUnmaskedAndTheReadGoesToTheAudit() {
        when(queries.get(eq(customer.id()), any())).thenReturn(Mono.just(customer));
        when(queries.contacts(customer.id())).thenReturn(Mono.just(List.of(person)));
        when(access.auditContactRead(eq(customer), any())).thenReturn(Mono.empty());

        get("/api/customers/{id}", REP, customer.id()).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(customer.id().toString())
                .jsonPath("$.tier").isEqualTo("B")
                .jsonPath("$.contacts[0].phone").isEqualTo(PHONE)
                .jsonPath("$.contacts[0].masked").isEqualTo(false);
        verify(access).auditContactRead(eq(customer), argThat(user -> user.id().equals(CustomerFixtures.REP)));
    }

    @Test
    void b3_aServiceAgentReadsTheCustomerWithContactDataMasked() {
        when(queries.get(eq(customer.id()), any())).thenReturn(Mono.just(customer));
        when(queries.contacts(customer.id())).thenReturn(Mono.just(List.of(person)));
        when(access.auditContactRead(eq(customer), any())).thenReturn(Mono.empty());

        get("/api/customers/{id}", TestTokens.token("svc-1", null, Role.SERVICE_AGENT), customer.id())
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.contacts[0].masked").isEqualTo(true)
                .jsonPath("$.contacts[0].birthday").doesNotExist()
                .jsonPath("$.contacts[0].phone").value(phone -> assertThat((String) phone).isNotEqualTo(PHONE))
                .jsonPath("$.contacts[0].email").value(email ->
                        assertThat((String) email).isNotEqualTo("chen@pumps.example"));
    }

    @Test
    void c1_searchesByTierOnePageAtATime() {
        when(queries.search(argThat(q -> q.tier() == Tier.A), argThat(p -> p.page() == 1 && p.size() == 5), any()))
                .thenReturn(Mono.just(new PageResponse<>(List.of(CustomerFixtures.tierA().state()), 1, 5, 6, 2)));

        get("/api/customers?tier=A&page=1&size=5", REP).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].tier").isEqualTo("A")
                .jsonPath("$.items[0].contacts").doesNotExist();
    }

    @Test
    void anUnknownTierOrAPageTooLargeIs400NamingTheParameter() {
        get("/api/customers?tier=Z", REP).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("tier");
        get("/api/customers?size=201", REP).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        get("/api/customers/{id}", REP, "not-a-uuid").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
        verifyNoInteractions(queries);
    }

    @Test
    void withoutATokenIs401() {
        web.get().uri("/api/customers/{id}", customer.id()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anOperatorOrASystemWithoutTheReadScopeIs403() {
        get("/api/customers", TestTokens.token("ops-1", null, Role.OPERATOR)).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        get("/api/customers/{id}", TestTokens.systemToken("crm-bridge", Scopes.CUSTOMERS_WRITE), customer.id())
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(queries, access);
    }

    @Test
    void aManagerWithoutATeamHasNoDataScopeAndIs403() {
        when(queries.search(any(), any(), any()))
                .thenReturn(Mono.error(new AccessDeniedException("No customer data scope for these roles")));

        get("/api/customers", TestTokens.token("mgr-1", null, Role.SALES_MANAGER)).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void aCustomerOutsideTheCallersScopeIs404AndItsHistoryToo() {
        UUID other = UUID.randomUUID();
        when(queries.get(eq(other), any())).thenReturn(Mono.error(new NotFoundException("Customer", other)));
        when(queries.history(eq(other), any())).thenReturn(Mono.error(new NotFoundException("Customer", other)));

        get("/api/customers/{id}", REP, other).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
        get("/api/customers/{id}/history", REP, other).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void readsTheAuditHistoryOfACustomer() {
        when(queries.history(eq(customer.id()), any())).thenReturn(Mono.just(List.of(new AuditLog.Entry(
                Instant.parse("2026-11-24T02:00:00Z"), CustomerFixtures.REP, "CONTACTED", Map.of("channel", "PHONE")))));

        get("/api/customers/{id}/history", REP, customer.id()).expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].action").isEqualTo("CONTACTED")
                .jsonPath("$[0].details.channel").isEqualTo("PHONE");
    }

    private WebTestClient.ResponseSpec get(String uri, String token, Object... variables) {
        return web.get().uri(uri, variables).headers(h -> h.setBearerAuth(token)).exchange();
    }
}
