package com.acme.crm.customer.plan.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.plan.DailyPlan;
import com.acme.crm.customer.plan.DailyPlanCommands;
import com.acme.crm.customer.plan.DailyPlanFixtures;
import com.acme.crm.customer.plan.DailyPlanQueries;
import com.acme.crm.customer.plan.DailyPlanState;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.customer.plan.DailyPlanFixtures.CUSTOMER_A;
import static com.acme.crm.customer.plan.DailyPlanFixtures.REP;
import static com.acme.crm.customer.plan.DailyPlanFixtures.TEAM;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The daily plan API over HTTP: who may call, how requests map to commands and how refusals read. The
 * application services are mocked; where a rule refuses, the mock raises what the real service raises.
 */
@CrmWebSliceTest(controllers = DailyPlanController.class)
class DailyPlanWebTest {

    private static final String REP_TOKEN = TestTokens.rep(REP, TEAM);
    private static final String MANAGER_TOKEN = TestTokens.manager(DailyPlanFixtures.MANAGER, TEAM);

    @Autowired
    WebTestClient web;

    @MockitoBean
    DailyPlanCommands commands;
    @MockitoBean
    DailyPlanQueries queries;

    private final DailyPlanState plan = DailyPlanFixtures.submittedOnTime().state();

    @Test
    void r3_submitsThePlanWithItsTargetsAndAnswers201() {
        when(commands.submit(argThat(p -> p.repId() == null && p.calls() == null && p.visits() == 3
                && p.targetCustomerIds().equals(List.of(CUSTOMER_A)) && p.targetLeadIds().isEmpty()
                && LocalDate.of(2026, 11, 24).equals(p.date())), any())).thenReturn(Mono.just(plan));

        submit(REP_TOKEN, Map.of("date", "2026-11-24", "targetCustomerIds", List.of(CUSTOMER_A), "visits", 3))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.id").isEqualTo(plan.id().toString())
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.late").isEqualTo(false)
                .jsonPath("$.targets.calls").isEqualTo(100)
                .jsonPath("$.version").doesNotExist();
    }

    @Test
    void r3_negativeTargetsAndMalformedIdsAre400NamingTheFieldAndReachNoService() {
        submit(REP_TOKEN, Map.of("calls", -1)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("calls");
        submit(REP_TOKEN, Map.of("targetCustomerIds", List.of("not-a-uuid"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("targetCustomerIds[0]");
        submit(REP_TOKEN, Map.of("date", "24.11.2026")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        verifyNoInteractions(commands);
    }

    @Test
    void r3_aPlanForAnotherRepIs403NamingR3() {
        when(commands.submit(any(), any())).thenReturn(Mono.error(
                new ForbiddenByRule("R-3", "repId: a rep submits only their own daily plan")));

        submit(REP_TOKEN, Map.of("repId", "rep-2")).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("R-3")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("repId"));
    }

    @Test
    void r3_aTargetCustomerOutsideTheScopeOrAPastDateIs400NamingIt() {
        when(commands.submit(any(), any())).thenThrow(new InvalidFieldException("targetCustomerIds[0]",
                "is not a customer in your data scope"));
        submit(REP_TOKEN, Map.of("targetCustomerIds", List.of(UUID.randomUUID()))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("targetCustomerIds[0]");
    }

    @Test
    void r3_aRevisionOfAnApprovedPlanIs409() {
        when(commands.submit(any(), any())).thenReturn(Mono.error(
                new ConflictException("R-3", "the plan of 2026-11-23 was APPROVED; an approved plan can no longer change")));

        submit(REP_TOKEN, Map.of()).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("R-3");
    }

    @Test
    void r3_theManagerApprovesOrSendsBack() {
        when(commands.decide(eq(plan.id()), eq(true), isNull(), any())).thenReturn(Mono.just(plan));
        when(commands.decide(eq(plan.id()), eq(false), eq("Add Ningbo"), any())).thenReturn(Mono.just(plan));

        decide(MANAGER_TOKEN, Map.of("decision", "APPROVE")).expectStatus().isOk();
        decide(MANAGER_TOKEN, Map.of("decision", "SEND_BACK", "comment", "Add Ningbo")).expectStatus().isOk();
    }

    @Test
    void r3_aDecisionMustSayApproveOrSendBack() {
        decide(MANAGER_TOKEN, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("decision");
        decide(MANAGER_TOKEN, Map.of("decision", "MAYBE")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("decision");
        verifyNoInteractions(commands);
    }

    @Test
    void r3_aRepDecidingTheirOwnPlanIs403NamingR3() {
        when(commands.decide(any(), eq(true), any(), any())).thenReturn(Mono.error(
                new ForbiddenByRule("R-3", "A rep cannot approve or send back their own daily plan")));

        decide(REP_TOKEN, Map.of("decision", "APPROVE")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("R-3");
    }

    @Test
    void r3_aReviewWithoutAReasonForAMissIs400NamingTheReason() {
        when(commands.review(eq(plan.id()), argThat(r -> r.calls() == 80 && r.reasons().isEmpty()), any()))
                .thenReturn(Mono.error(new InvalidFieldException("reasons.calls", "needs a reason")));

        review(Map.of("calls", 80, "newIntentCustomers", 2)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reasons.calls");
    }

    @Test
    void r3_aReviewBeforeTheApprovedPlanIs422NamingR3AndWithoutPlan404() {
        when(commands.review(eq(plan.id()), any(), any())).thenReturn(Mono.error(
                new BusinessRuleViolation("R-3", "A review needs an approved plan")));
        review(Map.of("calls", 100, "newIntentCustomers", 2)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("R-3");

        UUID unknown = UUID.randomUUID();
        when(commands.review(eq(unknown), any(), any())).thenReturn(Mono.error(new NotFoundException("Daily plan", unknown)));
        web.post().uri("/api/plans/daily/{id}/review", unknown).headers(h -> h.setBearerAuth(REP_TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("calls", 1, "newIntentCustomers", 0))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void r3_aReviewWithoutItsReportedCountsIs400() {
        review(Map.of("newIntentCustomers", 2)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("calls");
        Map<String, Object> negative = new HashMap<>(Map.of("calls", 1, "newIntentCustomers", -1));
        review(negative).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newIntentCustomers");
        verifyNoInteractions(commands);
    }

    @Test
    void r3_listsPassTheFiltersAndPage() {
        when(queries.list(argThat(q -> LocalDate.of(2026, 11, 23).equals(q.date()) && "rep-1".equals(q.repId())
                && q.status() == DailyPlan.Status.SUBMITTED), eq(1), eq(20), any()))
                .thenReturn(Mono.just(PageResponse.of(List.of(plan), new PageRequest(1, 20), 21)));

        web.get().uri("/api/plans/daily?date=2026-11-23&rep=rep-1&status=SUBMITTED&page=1&size=20")
                .headers(h -> h.setBearerAuth(MANAGER_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].id").isEqualTo(plan.id().toString())
                .jsonPath("$.totalItems").isEqualTo(21);
    }

    @Test
    void r3_theMorningViewNamesTheRepsWithoutAPlan() {
        when(queries.unsubmitted(eq(LocalDate.of(2026, 11, 23)), isNull(), any())).thenReturn(Mono.just(
                new DailyPlanQueries.Unsubmitted(LocalDate.of(2026, 11, 23), TEAM, List.of("rep-3"))));

        web.get().uri("/api/plans/daily/unsubmitted?date=2026-11-23").headers(h -> h.setBearerAuth(MANAGER_TOKEN))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.repIds[0]").isEqualTo("rep-3").jsonPath("$.team").isEqualTo(TEAM);
    }

    @Test
    void withoutATokenIs401AndRolesOutsideTheSalesTeamAre403() {
        web.get().uri("/api/plans/daily").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/plans/daily").headers(h -> h.setBearerAuth(TestTokens.token("svc-1", TEAM,
                Role.SERVICE_AGENT))).exchange().expectStatus().isForbidden();
        submit(TestTokens.token("op-1", null, Role.OPERATOR), Map.of()).expectStatus().isForbidden();
        submit(TestTokens.systemToken("analytics", "customers.read"), Map.of()).expectStatus().isForbidden();
        verifyNoInteractions(commands, queries);
    }

    private WebTestClient.ResponseSpec submit(String token, Map<String, ?> body) {
        return web.post().uri("/api/plans/daily").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec decide(String token, Map<String, ?> body) {
        return web.post().uri("/api/plans/daily/{id}/decision", plan.id()).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec review(Map<String, ?> body) {
        return web.post().uri("/api/plans/daily/{id}/review", plan.id()).headers(h -> h.setBearerAuth(REP_TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
