package com.acme.crm.customer.visit.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.visit.Gift;
import com.acme.crm.customer.visit.Visit;
import com.acme.crm.customer.visit.VisitLog;
import com.acme.crm.customer.visit.VisitPlan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The visit log and visit plans over HTTP (C-4, C-7, C-10): who may, how refusals read. The visit log is mocked;
 * where a rule refuses, the mock lets the real {@link Customer} or {@link Gift} refuse, so the 422 carries their rule id.
 */
@CrmWebSliceTest(controllers = VisitController.class)
class VisitWebTest {

    private static final String REP = TestTokens.rep(CustomerFixtures.REP, CustomerFixtures.TEAM);
    private static final String MANAGER = TestTokens.manager("mgr-1", CustomerFixtures.TEAM);
    private static final Instant VISITED = CustomerFixtures.REGISTERED.plus(Duration.ofDays(2));
    private static final Instant FILED = VISITED.plus(Duration.ofHours(3));

    @Autowired
    WebTestClient web;

    @MockitoBean
    VisitLog visits;

    private final Customer customer = CustomerFixtures.tierB();
    private final UUID id = customer.id();

    @Test
    void c4_filesAVisitWithItsSpinNotesAndAnswers201() {
        when(visits.log(eq(id), argThat(v -> v.method() == Visit.Method.ON_SITE
                && "pumps fail in winter".equals(v.spin().problem()) && v.gifts().size() == 1), any()))
                .thenAnswer(call -> Mono.just(visitFrom(call.getArgument(1))));

        fileVisit(REP, visit()).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.customerId").isEqualTo(id.toString())
                .jsonPath("$.contactPerson").isEqualTo("Ms Chen")
                .jsonPath("$.spin.problem").isEqualTo("pumps fail in winter")
                .jsonPath("$.late").isEqualTo(false);
    }

    @Test
    void c4_aVisitWithoutItsContactPersonMethodOrDurationIs400NamingTheField() {
        Map<String, Object> noPerson = visit();
        noPerson.remove("contactPerson");
        fileVisit(REP, noPerson).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("contactPerson");

        Map<String, Object> unknownMethod = visit();
        unknownMethod.put("method", "DRIVE_BY");
        fileVisit(REP, unknownMethod).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("method");

        Map<String, Object> tooShort = visit();
        tooShort.put("durationMinutes", 0);
        fileVisit(REP, tooShort).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("durationMinutes");

        Map<String, Object> negativeGift = visit();
        negativeGift.put("gifts", List.of(Map.of("description", "pen", "value", -1, "companyBranded", true)));
        fileVisit(REP, negativeGift).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("gifts[0].value");
        verifyNoInteractions(visits);
    }

    @Test
    void c4_aVisitInTheFutureIs400NamingVisitedAt() {
        when(visits.log(eq(id), any(), any()))
                .thenThrow(new InvalidFieldException("visitedAt", "must not be in the future"));

        fileVisit(REP, visit()).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("visitedAt");
    }

    @Test
    void withoutATokenIs401() {
        web.get().uri("/api/customers/{id}/visits", id).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void financeAndAReadOnlySystemCannotFileVisitsAndAnOperatorCannotReadThem() {
        fileVisit(TestTokens.token("fin-1", null, Role.FINANCE), visit()).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        fileVisit(TestTokens.systemToken("reporting", Scopes.CUSTOMERS_READ), visit()).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/customers/{id}/visits", id)
                .headers(h -> h.setBearerAuth(TestTokens.token("ops-1", null, Role.OPERATOR))).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(visits);
    }

    @Test
    void c7_aRepCannotDecideAVisitPlanAndGets403() {
        UUID planId = UUID.randomUUID();
        when(visits.decide(eq(id), eq(planId), anyBoolean(), any()))
                .thenReturn(Mono.error(new AccessDeniedException("C-7: only a manager approves visit plans")));

        decide(planId, REP, true).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aCustomerOrPlanOutsideTheCallersScopeIs404() {
        UUID planId = UUID.randomUUID();
        when(visits.recent(eq(id), any())).thenReturn(Mono.error(new NotFoundException("Customer", id)));
        when(visits.decide(eq(id), eq(planId), anyBoolean(), any()))
                .thenReturn(Mono.error(new NotFoundException("Visit plan", planId)));

        web.get().uri("/api/customers/{id}/visits", id).headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
        decide(planId, MANAGER, true).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void c7_decidingAPlanTwiceOrConcurrentlyIs409() {
        UUID decided = UUID.randomUUID();
        UUID raced = UUID.randomUUID();
        when(visits.decide(eq(id), eq(decided), anyBoolean(), any()))
                .thenReturn(Mono.error(new ConflictException("The visit plan was already APPROVED")));
        when(visits.decide(eq(id), eq(raced), anyBoolean(), any()))
                .thenReturn(Mono.error(new OptimisticLockingFailureException("version moved")));

        decide(decided, MANAGER, false).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The visit plan was already APPROVED");
        decide(raced, MANAGER, true).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void c7_theFourthVisitWithoutProgressAndWithoutAnApprovedPlanIs422NamingC7() {
        Customer stuck = CustomerFixtures.tierBWithThreeFruitlessVisits();
        when(visits.log(eq(id), any(), any())).thenAnswer(call -> Mono.fromCallable(() -> stuck.logVisit(
                visitFrom(call.getArgument(1)).report(false, false), false, 3, ZoneId.of("Asia/Shanghai"), FILED)));

        fileVisit(REP, visit()).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("C-7");
    }

    @Test
    void c10_aGiftThatIsNotCompanyBrandedOrWorthMoreThan200Is422NamingC10() {
        when(visits.log(eq(id), any(), any())).thenAnswer(call -> {
            Gift.check(((VisitLog.NewVisit) call.getArgument(1)).gifts(), new BigDecimal("200"));
            return Mono.just(visitFrom(call.getArgument(1)));
        });

        Map<String, Object> unbranded = visit();
        unbranded.put("gifts", List.of(Map.of("description", "wine", "value", 150, "companyBranded", false)));
        fileVisit(REP, unbranded).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("C-10");
        Map<String, Object> costly = visit();
        costly.put("gifts", List.of(Map.of("description", "branded watch", "value", 201, "companyBranded", true)));
        fileVisit(REP, costly).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("C-10");
    }

    @Test
    void c7_aRepAsksForAVisitPlanAndAManagerApprovesIt() {
        VisitPlan pending = plan(VisitPlan.Status.PENDING);
        when(visits.requestPlan(eq(id), eq("meet the plant director"), any(), any(), any()))
                .thenReturn(Mono.just(pending));
        when(visits.decide(eq(id), eq(pending.id()), eq(true), any()))
                .thenReturn(Mono.just(plan(VisitPlan.Status.APPROVED)));

        web.post().uri("/api/customers/{id}/visit-plans", id).headers(h -> h.setBearerAuth(REP))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("objective", "meet the plant director"))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("PENDING");
        decide(pending.id(), MANAGER, true).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED");
    }

    @Test
    void c7_aPlanWithoutAnObjectiveIs400NamingTheField() {
        web.post().uri("/api/customers/{id}/visit-plans", id).headers(h -> h.setBearerAuth(REP))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("objective", " ")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("objective");
        verifyNoInteractions(visits);
    }

    private Map<String, Object> visit() {
        Map<String, Object> body = new HashMap<>();
        body.put("contactPerson", "Ms Chen");
        body.put("contactTitle", "purchasing manager");
        body.put("visitedAt", VISITED.toString());
        body.put("durationMinutes", 60);
        body.put("method", "ON_SITE");
        body.put("problem", "pumps fail in winter");
        body.put("gifts", List.of(Map.of("description", "branded notebook", "value", 50, "companyBranded", true)));
        return body;
    }

    private Visit visitFrom(VisitLog.NewVisit v) {
        return new Visit(UUID.randomUUID(), id, customer.ownerId(), customer.team(), v.contactPerson(),
                v.contactTitle(), v.visitedAt(), v.durationMinutes(), v.method(), v.spin(), v.objections(),
                v.commitments(), v.nextStep(), v.helpNeeded(), v.progress(), v.clearAnswer(), false, FILED,
                CustomerFixtures.REP, v.visitPlanId(), v.gifts());
    }

    private VisitPlan plan(VisitPlan.Status status) {
        boolean decided = status != VisitPlan.Status.PENDING;
        return new VisitPlan(UUID.randomUUID(), id, "meet the plant director", null, null, status, CustomerFixtures.REP,
                FILED, decided ? "mgr-1" : null, decided ? FILED.plusSeconds(60) : null, null);
    }

    private WebTestClient.ResponseSpec fileVisit(String token, Map<String, Object> body) {
        return web.post().uri("/api/customers/{id}/visits", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec decide(UUID planId, String token, boolean approve) {
        return web.post().uri("/api/customers/{id}/visit-plans/{planId}/decision", id, planId)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("approve", approve)).exchange();
    }
}
