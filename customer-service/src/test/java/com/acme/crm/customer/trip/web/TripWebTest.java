package com.acme.crm.customer.trip.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.trip.Trip;
import com.acme.crm.customer.trip.TripCommands;
import com.acme.crm.customer.trip.TripQueries;
import com.acme.crm.customer.trip.TripState;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The business trip API over HTTP: who may call, how requests map to commands and how refusals read. The
 * application services are mocked; where a rule refuses, the mock raises what the real service raises.
 */
@CrmWebSliceTest(controllers = TripController.class)
class TripWebTest {

    private static final String REP = "rep-1";
    private static final String TEAM = "east";
    private static final String REP_TOKEN = TestTokens.rep(REP, TEAM);
    private static final String MANAGER_TOKEN = TestTokens.manager("mgr-1", TEAM);
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Autowired
    WebTestClient web;

    @MockitoBean
    TripCommands commands;
    @MockitoBean
    TripQueries queries;

    private final TripState trip = Trip.request(UUID.randomUUID(), REP, TEAM, new Trip.Draft("Ningbo", START,
            START.plusDays(2), "visit the Ningbo plants", List.of(CUSTOMER)), Instant.parse("2026-11-27T02:00:00Z"))
            .trip();

    @Test
    void r4_requestsATripNamingItsCustomersAndAnswers201() {
        when(commands.request(argThat(t -> t.repId() == null && t.destination().equals("Ningbo")
                && t.startDate().equals(START) && t.endDate().equals(START.plusDays(2))
                && t.customerIds().equals(List.of(CUSTOMER))), any())).thenReturn(Mono.just(trip));

        request(REP_TOKEN, tripBody(Map.of())).expectStatus().isCreated()
                .expectBody().jsonPath("$.id").isEqualTo(trip.id().toString())
                .jsonPath("$.status").isEqualTo("REQUESTED")
                .jsonPath("$.customerIds[0]").isEqualTo(CUSTOMER.toString())
                .jsonPath("$.version").doesNotExist();
    }

    @Test
    void r4_aRequestWithoutCustomersDatesOrDestinationIs400NamingTheField() {
        expectField(request(REP_TOKEN, tripBody(Map.of("customerIds", List.of()))), "customerIds");
        expectField(request(REP_TOKEN, tripBody(Map.of("destination", ""))), "destination");
        expectField(request(REP_TOKEN, tripBody(Map.of("startDate", "1.12.2026"))), "startDate");
        verifyNoInteractions(commands);
    }

    @Test
    void r4_aCustomerOutsideTheScopeIs400NamingIt() {
        when(commands.request(any(), any())).thenThrow(new InvalidFieldException("customerIds[0]",
                "is not a customer in your data scope (R-4)"));
        expectField(request(REP_TOKEN, tripBody(Map.of())), "customerIds[0]");
    }

    @Test
    void r4_theManagerApprovesOrRejectsWithAComment() {
        when(commands.decide(eq(trip.id()), eq(false), eq("Too far"), any())).thenReturn(Mono.just(trip));
        when(commands.decide(eq(trip.id()), eq(true), isNull(), any())).thenReturn(Mono.just(trip));

        decide(Map.of("decision", "REJECT", "comment", "Too far")).expectStatus().isOk();
        decide(Map.of("decision", "APPROVE")).expectStatus().isOk();
        expectField(decide(Map.of("decision", "MAYBE")), "decision");
    }

    @Test
    void r4_aTripReportWithoutAnApprovedTripIsAProblemNamingR4() {
        when(commands.report(eq(trip.id()), any(), any())).thenReturn(Mono.error(new BusinessRuleViolation("R-4",
                "A trip report without an approved trip: this trip is REQUESTED")));

        report(Map.of("outcome", "met the buyer")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("R-4");
    }

    @Test
    void r4_aReportMapsItsVisitIdsAndABadOneIsNamed() {
        UUID visit = UUID.randomUUID();
        when(commands.report(eq(trip.id()), argThat(r -> r.outcome().equals("met the buyer")
                && r.visitIds().equals(List.of(visit))), any())).thenReturn(Mono.just(trip));

        report(Map.of("outcome", "met the buyer", "visitIds", List.of(visit.toString()))).expectStatus().isCreated();
        expectField(report(Map.of("outcome", "x", "visitIds", List.of("nope"))), "visitIds[0]");
        expectField(report(Map.of("outcome", " ")), "outcome");
    }

    @Test
    void r4_aTripForAnotherRepIs403NamingR4() {
        when(commands.request(any(), any())).thenReturn(Mono.error(
                new ForbiddenByRule("R-4", "repId: a rep requests only their own business trips")));

        request(REP_TOKEN, tripBody(Map.of("repId", "rep-2"))).expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("R-4");
    }

    @Test
    void r4_listsPassTheFiltersAndPage() {
        when(queries.list(argThat(q -> "rep-1".equals(q.repId()) && q.status() == Trip.Status.APPROVED), eq(0),
                eq(10), any())).thenReturn(Mono.just(PageResponse.of(List.of(trip), new PageRequest(0, 10), 1)));
        when(queries.get(eq(trip.id()), any())).thenReturn(Mono.just(trip));

        web.get().uri("/api/trips?rep=rep-1&status=APPROVED&page=0&size=10")
                .headers(h -> h.setBearerAuth(MANAGER_TOKEN)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].id").isEqualTo(trip.id().toString());
        web.get().uri("/api/trips/{id}", trip.id()).headers(h -> h.setBearerAuth(REP_TOKEN)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.destination").isEqualTo("Ningbo");
    }

    @Test
    void withoutATokenIs401AndRolesOutsideTheSalesTeamAre403() {
        web.get().uri("/api/trips").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/trips").headers(h -> h.setBearerAuth(TestTokens.token("svc-1", TEAM,
                Role.SERVICE_AGENT))).exchange().expectStatus().isForbidden();
        request(TestTokens.systemToken("analytics", "customers.read"), tripBody(Map.of())).expectStatus()
                .isForbidden();
        verifyNoInteractions(commands, queries);
    }

    private static Map<String, Object> tripBody(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("destination", "Ningbo", "startDate", START.toString(),
                "endDate", START.plusDays(2).toString(), "purpose", "visit the Ningbo plants",
                "customerIds", List.of(CUSTOMER.toString())));
        body.putAll(overrides);
        return body;
    }

    private static void expectField(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private WebTestClient.ResponseSpec request(String token, Map<String, ?> body) {
        return web.post().uri("/api/trips").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec decide(Map<String, ?> body) {
        return web.post().uri("/api/trips/{id}/decision", trip.id()).headers(h -> h.setBearerAuth(MANAGER_TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec report(Map<String, ?> body) {
        return web.post().uri("/api/trips/{id}/report", trip.id()).headers(h -> h.setBearerAuth(REP_TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
