package com.acme.crm.customer.visitplan.web;

import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.visitplan.WeeklyVisitPlan;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanCommands;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanQueries;
import com.acme.crm.customer.visitplan.WeeklyVisitPlanState;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.CUSTOMER_A;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.MANAGER;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.REP;
import static com.acme.crm.customer.visitplan.WeeklyVisitPlanFixtures.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The weekly visit plan API over HTTP: who may call, how requests map to commands and how refusals read. The
 * application services are mocked; where a rule refuses, the mock raises what the real service raises.
 */
@CrmWebSliceTest(controllers = WeeklyVisitPlanController.class)
class WeeklyVisitPlanWebTest {

    private static final String REP_TOKEN = TestTokens.rep(REP, TEAM);
    private static final String MANAGER_TOKEN = TestTokens.manager(MANAGER, TEAM);

    @Autowired
    WebTestClient web;

    @MockitoBean
    WeeklyVisitPlanCommands commands;
    @MockitoBean
    WeeklyVisitPlanQueries queries;

    private final WeeklyVisitPlanState plan = WeeklyVisitPlanFixtures.submittedOnTime().state();

    @Test
    void r4_submitsNextWeeksVisitsAndAnswers201() {
        when(commands.submit(argThat(p -> p.repId() == null && p.week() == null && p.visits().size() == 1
                && p.visits().get(0).customerId().equals(CUSTOMER_A)
                && p.visits().get(0).day().equals(LocalDate.of(2026, 11, 30))
                && p.visits().get(0).expectedSales().compareTo(new BigDecimal("50000.00")) == 0
                && p.visits().get(0).routeOrder() == 1), any())).thenReturn(Mono.just(plan));

        submit(REP_TOKEN, Map.of("visits", List.of(visit(Map.of()))))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.id").isEqualTo(plan.id().toString())
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.weekStart").isEqualTo("2026-11-30")
                .jsonPath("$.late").isEqualTo(false)
                .jsonPath("$.expectedSales").isEqualTo(170000.50)
                .jsonPath("$.visits[1].purpose").isEqualTo("renewal talk")
                .jsonPath("$.version").doesNotExist();
    }

    @Test
    void r4_badVisitsAre400NamingTheFieldAndReachNoService() {
        expectField(Map.of("visits", List.of(visit(Map.of("expectedSales", -1)))), "visits[0].expectedSales");
        expectField(Map.of("visits", List.of(visit(Map.of("routeOrder", 0)))), "visits[0].routeOrder");
        expectField(Map.of("visits", List.of(visit(Map.of()), visit(Map.of("customerId", "not-a-uuid")))),
                "visits[1].customerId");
        expectField(Map.of("visits", List.of(visit(Map.of("purpose", " ")))), "visits[0].purpose");
        expectField(Map.of("visits", List.of()), "visits");
        expectField(Map.of("week", "30.11.2026", "visits", List.of(visit(Map.of()))), "week");
        verifyNoInteractions(commands);
    }

    @Test
    void r4_aCustomerOutsideTheRepsScopeOrADayOutsideTheWeekIs400NamingIt() {
        when(commands.submit(any(), any())).thenThrow(new InvalidFieldException("visits[0].customerId",
                "is not a customer in your data scope (R-4)"));
        expectField(Map.of("visits", List.of(visit(Map.of()))), "visits[0].customerId");
    }

    @Test
    void r4_aPlanForAnotherRepIs403NamingR4() {
        when(commands.submit(any(), any())).thenReturn(Mono.error(
                new ForbiddenByRule("R-4", "repId: a rep submits only their own weekly visit plan")));

        submit(REP_TOKEN, Map.of("repId", "rep-2", "visits", List.of(visit(Map.of())))).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("R-4");
    }

    @Test
    void r4_replacingAConfirmedPlanIs409NamingR4() {
        when(commands.submit(any(), any())).thenReturn(Mono.error(new ConflictException("R-4",
                "the visit plan of the week of 2026-11-30 was confirmed; a confirmed plan can no longer change")));

        submit(REP_TOKEN, Map.of("visits", List.of(visit(Map.of())))).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("R-4");
    }

    @Test
    void r4_theManagerConfirmsAndAnUnknownPlanIs404() {
        WeeklyVisitPlanState confirmed = WeeklyVisitPlanFixtures.confirmed().state();
        when(commands.confirm(eq(confirmed.id()), argThat(u -> u.id().equals(MANAGER))))
                .thenReturn(Mono.just(confirmed));
        UUID unknown = UUID.randomUUID();
        when(commands.confirm(eq(unknown), any())).thenReturn(Mono.error(new NotFoundException("Weekly visit plan",
                unknown)));

        web.post().uri("/api/plans/weekly/{id}/confirmation", confirmed.id())
                .headers(h -> h.setBearerAuth(MANAGER_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CONFIRMED")
                .jsonPath("$.confirmedBy").isEqualTo(MANAGER)
                .jsonPath("$.visits[0].taskId").isNotEmpty();
        web.post().uri("/api/plans/weekly/{id}/confirmation", unknown).headers(h -> h.setBearerAuth(MANAGER_TOKEN))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void r4_listsPassTheFiltersAndPage() {
        when(queries.list(argThat(q -> LocalDate.of(2026, 11, 30).equals(q.weekStart()) && "rep-1".equals(q.repId())
                && TEAM.equals(q.team()) && q.status() == WeeklyVisitPlan.Status.SUBMITTED), eq(1), eq(20), any()))
                .thenReturn(Mono.just(PageResponse.of(List.of(plan), new PageRequest(1, 20), 21)));

        web.get().uri("/api/plans/weekly?week=2026-11-30&rep=rep-1&team=east&status=SUBMITTED&page=1&size=20")
                .headers(h -> h.setBearerAuth(MANAGER_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].id").isEqualTo(plan.id().toString())
                .jsonPath("$.totalItems").isEqualTo(21);
    }

    @Test
    void r4_oneMayReadAPlanAndItsHistoryWithinTheScope() {
        when(queries.get(eq(plan.id()), any())).thenReturn(Mono.just(plan));
        when(queries.history(eq(plan.id()), any())).thenReturn(Mono.just(List.of()));

        web.get().uri("/api/plans/weekly/{id}", plan.id()).headers(h -> h.setBearerAuth(REP_TOKEN)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.repId").isEqualTo(REP);
        web.get().uri("/api/plans/weekly/{id}/history", plan.id())
                .headers(h -> h.setBearerAuth(TestTokens.systemToken("analytics", "customers.read"))).exchange()
                .expectStatus().isOk();
    }

    @Test
    void withoutATokenIs401AndRolesOutsideTheSalesTeamAre403() {
        web.get().uri("/api/plans/weekly").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/plans/weekly").headers(h -> h.setBearerAuth(TestTokens.token("fin-1", TEAM,
                Role.FINANCE))).exchange().expectStatus().isForbidden();
        submit(TestTokens.token("op-1", null, Role.OPERATOR), Map.of("visits", List.of(visit(Map.of()))))
                .expectStatus().isForbidden();
        submit(TestTokens.systemToken("analytics", "customers.read"), Map.of("visits", List.of(visit(Map.of()))))
                .expectStatus().isForbidden();
        web.get().uri("/api/plans/weekly").headers(h -> h.setBearerAuth(TestTokens.systemToken("bi")))
                .exchange().expectStatus().isForbidden();
        verifyNoInteractions(commands, queries);
    }

    private static Map<String, Object> visit(Map<String, Object> overrides) {
        Map<String, Object> visit = new HashMap<>(Map.of("customerId", CUSTOMER_A.toString(), "day", "2026-11-30",
                "purpose", "demo the new pump line", "expectedSales", new BigDecimal("50000.00"), "routeOrder", 1));
        visit.putAll(overrides);
        return visit;
    }

    private void expectField(Map<String, ?> body, String field) {
        submit(REP_TOKEN, body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private WebTestClient.ResponseSpec submit(String token, Map<String, ?> body) {
        return web.post().uri("/api/plans/weekly").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
