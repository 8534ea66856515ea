package com.acme.crm.customer.trip;

import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.RepWeekIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-4 business trips end to end on the real PostgreSQL and broker: requested naming the rep's customers, approved by
 * the team manager (TripApproved keyed by the rep), reported after the start with the rep's visits of the trip
 * (TripReported); a report without an approved trip, before the start or linking a visit that is not of the trip is
 * refused naming R-4 or the field, and writes and publishes nothing.
 */
@CrmIntegrationTest
class TripIntegrationTest extends RepWeekIntegrationTest {

    @Test
    void r4_anApprovedTripIsReportedWithTheRepsVisitsToItsCustomersDuringTheTrip() {
        moveClockToNext(LocalTime.of(10, 0));
        LocalDate today = today();
        String onTrip = register(repToken);
        String notOnTrip = register(repToken);
        String visitBefore = fileVisit(onTrip, clock.instant().minus(Duration.ofHours(20))); // yesterday 14:00

        String id = body(request(repToken, trip(today, today.plusDays(2), List.of(onTrip))).expectStatus().isCreated())
                .get("id").asString();
        assertThat(outboxEventsOfRep()).as("a request is audited, not published").isZero();
        decide(id, "APPROVE", "Go").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED");
        JsonNode approved = event("crm.visitplan.trip-approved.v1", id);
        assertThat(approved.get("customerIds").get(0).asString()).isEqualTo(onTrip);
        assertThat(approved.get("startDate").asString()).isEqualTo(today.toString());

        String visitDuring = fileVisit(onTrip, clock.instant().minusSeconds(5));
        String visitOfAnother = fileVisit(notOnTrip, clock.instant().minusSeconds(5));
        long events = outboxEventsOfRep();
        report(repToken, id, List.of(visitDuring, visitOfAnother)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("visitIds[1]");
        report(repToken, id, List.of(visitBefore)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("visitIds[0]");
        report(repToken, id, List.of(UUID.randomUUID().toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("visitIds[0]");
        assertThat(outboxEventsOfRep()).isEqualTo(events);
        assertThat(count("select count(*) from business_trip where id = '" + id + "' and status = 'APPROVED'")).isOne();

        report(repToken, id, List.of(visitDuring)).expectStatus().isCreated().expectBody()
                .jsonPath("$.status").isEqualTo("REPORTED").jsonPath("$.visitIds[0]").isEqualTo(visitDuring);
        JsonNode reported = event("crm.visitplan.trip-reported.v1", id);
        assertThat(reported.get("visitIds").get(0).asString()).isEqualTo(visitDuring);
        report(repToken, id, List.of()).expectStatus().isEqualTo(409);
        web.get().uri("/api/trips/{id}/history", id).headers(h -> h.setBearerAuth(managerToken)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].action").isEqualTo("TRIP_REPORTED")
                .jsonPath("$[1].action").isEqualTo("TRIP_APPROVED")
                .jsonPath("$[2].action").isEqualTo("TRIP_REQUESTED");
    }

    @Test
    void r4_aTripReportWithoutAnApprovedTripIsRefusedNamingR4AndChangesNothing() {
        LocalDate today = today();
        String customer = register(repToken);
        String requested = body(request(repToken, trip(today, today, List.of(customer)))).get("id").asString();
        String rejected = body(request(repToken, trip(today, today.plusDays(1), List.of(customer)))).get("id")
                .asString();
        decide(rejected, "REJECT", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
        decide(rejected, "REJECT", "Combine it with the Ningbo trip").expectStatus().isOk();
        long audits = count("select count(*) from audit_log where resource_type = 'business-trip'"
                + " and resource_id in ('" + requested + "', '" + rejected + "')");

        report(repToken, requested, List.of()).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("R-4")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("without an approved trip"));
        report(repToken, rejected, List.of()).expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule")
                .isEqualTo("R-4");
        report(repToken, UUID.randomUUID().toString(), List.of()).expectStatus().isNotFound();

        assertThat(count("select count(*) from business_trip where team = '" + team + "' and status = 'REPORTED'"))
                .isZero();
        assertThat(count("select count(*) from audit_log where resource_type = 'business-trip'"
                + " and resource_id in ('" + requested + "', '" + rejected + "')")).isEqualTo(audits);
        assertThat(outboxEventsOfRep()).isZero();
    }

    @Test
    void r4_aTripIsReportedFromMidnightOfItsFirstDayInShanghai() {
        moveClockToNext(LocalTime.of(22, 0));
        LocalDate tomorrow = today().plusDays(1);
        String customer = register(repToken);
        String id = body(request(repToken, trip(tomorrow, tomorrow, List.of(customer)))).get("id").asString();
        decide(id, "APPROVE", null).expectStatus().isOk();

        moveClockToNext(LocalTime.of(23, 59)); // 15:59 UTC
        report(repToken, id, List.of()).expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("R-4");
        clock.advance(Duration.ofMinutes(2)); // 00:01 in Shanghai, still 16:01 the day before in UTC
        report(repToken, id, List.of()).expectStatus().isCreated();
    }

    @Test
    void r4_aRequestForCustomersOutsideTheScopeOrWithBadDatesIsRefusedAndWritesNothing() {
        LocalDate today = today();
        String own = register(repToken);
        String others = register(TestTokens.rep("rep-other-" + team, team));

        request(repToken, trip(today, today, List.of(own, others))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds[1]");
        request(repToken, trip(today, today.minusDays(1), List.of(own))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("endDate");
        request(repToken, trip(today.minusDays(1), today, List.of(own))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("startDate");
        Map<String, Object> forOther = trip(today, today, List.of(own));
        forOther.put("repId", "rep-other-" + team);
        request(repToken, forOther).expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("R-4");
        request(managerToken, trip(today, today, List.of(own))).expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("R-4");

        assertThat(count("select count(*) from business_trip where team = '" + team + "'")).isZero();
        assertThat(outboxEventsOfRep()).isZero();
    }

    private LocalDate today() {
        return clock.instant().atZone(SHANGHAI).toLocalDate();
    }

    private static Map<String, Object> trip(LocalDate start, LocalDate end, List<String> customers) {
        return new HashMap<>(Map.of("destination", "Ningbo", "startDate", start.toString(), "endDate", end.toString(),
                "purpose", "visit the Ningbo plants", "customerIds", customers));
    }

    private WebTestClient.ResponseSpec request(String token, Map<String, ?> body) {
        return web.post().uri("/api/trips").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec decide(String id, String decision, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (comment != null) {
            body.put("comment", comment);
        }
        return web.post().uri("/api/trips/{id}/decision", id).headers(h -> h.setBearerAuth(managerToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec report(String token, String id, List<String> visitIds) {
        return web.post().uri("/api/trips/{id}/report", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "met the buyer, quote due Friday", "visitIds", visitIds)).exchange();
    }

    /** The event of that type about the trip, keyed by the rep, without the trip's own words (B-3). */
    private JsonNode event(String type, String tripId) {
        return repEvent(type, rep, "tripId", tripId, "Ningbo", "quote due");
    }

    private long outboxEventsOfRep() {
        return count("select count(*) from outbox_event where message_key = '" + rep + "'");
    }

}
