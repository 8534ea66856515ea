package com.acme.crm.customer.overview.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;
import com.acme.crm.customer.overview.CustomerOverview;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The customer 360 view over HTTP: what it shows, B-3 masking and the audited read, refusals; the overview mocked. */
@CrmWebSliceTest(controllers = OverviewController.class)
class OverviewWebTest {

    private static final String REP = TestTokens.rep(CustomerFixtures.REP, CustomerFixtures.TEAM);
    private static final String PHONE = "+86 138 0013 8000";

    @Autowired
    WebTestClient web;

    @MockitoBean
    CustomerOverview overview;

    private final Customer customer = CustomerFixtures.tierA();
    private final UUID id = customer.id();

    @Test
    void c1_c2_theOwnerSeesProfileTierHistoryAndOpenTasksWithContactDataAndTheReadIsAudited() {
        stubView();

        view(REP).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.customer.id").isEqualTo(id.toString())
                .jsonPath("$.customer.tier").isEqualTo("A")
                .jsonPath("$.customer.contacts[0].phone").isEqualTo(PHONE)
                .jsonPath("$.tierHistory[0].action").isEqualTo("TIER_CHANGED")
                .jsonPath("$.openTasks[0].kind").isEqualTo("CADENCE_VISIT")
                .jsonPath("$.recentVisits").isEmpty();
        verify(overview).audited(argThat(state -> state.id().equals(id)),
                argThat(user -> user.id().equals(CustomerFixtures.REP)));
    }

    @Test
    void b3_financeSeesTheViewWithContactDataMasked() {
        stubView();

        view(TestTokens.token("fin-1", null, Role.FINANCE)).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.customer.contacts[0].masked").isEqualTo(true)
                .jsonPath("$.customer.contacts[0].phone").value(phone -> assertThat((String) phone).isNotEqualTo(PHONE));
    }

    @Test
    void anIdThatIsNotAUuidIs400NamingIt() {
        web.get().uri("/api/customers/{id}/360", "42").headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
        verifyNoInteractions(overview);
    }

    @Test
    void withoutATokenIs401() {
        web.get().uri("/api/customers/{id}/360", id).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anOperatorOrASystemWithoutTheReadScopeIs403AndAManagerWithoutATeamToo() {
        view(TestTokens.token("ops-1", null, Role.OPERATOR)).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        view(TestTokens.systemToken("crm-bridge", Scopes.CUSTOMERS_WRITE)).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(overview);

        when(overview.view360(eq(id), any()))
                .thenReturn(Mono.error(new AccessDeniedException("No customer data scope for these roles")));
        view(TestTokens.token("mgr-1", null, Role.SALES_MANAGER)).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aCustomerOutsideTheCallersScopeIs404AndNothingIsAudited() {
        when(overview.view360(eq(id), any())).thenReturn(Mono.error(new NotFoundException("Customer", id)));

        view(REP).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
        verify(overview, never()).audited(any(), any());
    }

    private void stubView() {
        Instant now = CustomerFixtures.REGISTERED.plus(Duration.ofDays(3));
        ContactPerson chen = new ContactPerson(UUID.randomUUID(), "Ms Chen", "purchasing manager", PHONE,
                "chen@pumps.example", null, LocalDate.of(1980, 5, 1), null, null);
        AuditLog.Entry tierChanged = new AuditLog.Entry(now, "system", "TIER_CHANGED", Map.of("from", "B", "to", "A"));
        Task visit = Task.open(customer, TaskKind.CADENCE_VISIT, now.plus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(60)), now, null);
        when(overview.view360(eq(id), any())).thenReturn(Mono.just(new CustomerOverview.View360(customer.state(),
                List.of(chen), List.of(tierChanged), List.of(), List.of(visit))));
        when(overview.audited(any(), any())).thenReturn(Mono.empty());
    }

    private WebTestClient.ResponseSpec view(String token) {
        return web.get().uri("/api/customers/{id}/360", id).headers(h -> h.setBearerAuth(token)).exchange();
    }
}
