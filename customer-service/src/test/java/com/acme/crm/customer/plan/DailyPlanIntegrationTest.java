package com.acme.crm.customer.plan;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.Events;
import com.acme.crm.customer.customer.RepWeekIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R-3 end to end on the real PostgreSQL and broker: a rep's plan submitted, sent back, revised, approved and reviewed
 * against the visit log of the day, each step's event on crm.customer.events keyed by the rep; and every refusal the
 * issue names answered with a problem naming the field or rule, with no row and no outbox event written.
 */
@CrmIntegrationTest
class DailyPlanIntegrationTest extends RepWeekIntegrationTest {

    @Test
    void r3_aPlanIsSentBackRevisedApprovedAndReviewedAgainstTheDaysVisitLog() {
        moveClockToNext(LocalTime.of(9, 29));
        LocalDate today = clock.instant().atZone(SHANGHAI).toLocalDate();
        String visited = register(repToken);
        String missed = register(repToken);
        UUID lead = UUID.randomUUID();

        JsonNode plan = body(submit(repToken, Map.of("targetCustomerIds", List.of(visited, missed),
                "targetLeadIds", List.of(lead), "calls", 50)).expectStatus().isCreated());
        String id = plan.get("id").asString();
        assertThat(plan.get("date").asString()).isEqualTo(today.toString());
        assertThat(plan.get("late").asBoolean()).as("09:29 Shanghai is before the deadline").isFalse();
        assertThat(plan.at("/targets/visits").asInt()).as("R-1 default").isEqualTo(2);
        JsonNode submitted = event("crm.plan.daily-submitted.v1", id);
        assertThat(submitted.get("targetCustomerIds")).hasSize(2);
        assertThat(submitted.get("targetCalls").asInt()).isEqualTo(50);

        decide(TestTokens.manager("mgr-x", TestTokens.uniqueTeam()), id, "APPROVE", null).expectStatus().isNotFound();
        decide(repToken, id, "APPROVE", null).expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("R-3");
        decide(managerToken, id, "SEND_BACK", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
        decide(managerToken, id, "SEND_BACK", "Add the Ningbo visit").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SENT_BACK");
        event("crm.plan.daily-sent-back.v1", id);

        clock.advance(Duration.ofMinutes(5)); // 09:34: the revision keeps the first submission's on-time flag
        JsonNode revised = body(submit(repToken, Map.of("targetCustomerIds", List.of(visited, missed),
                "targetLeadIds", List.of(lead), "calls", 60)).expectStatus().isCreated());
        assertThat(revised.get("id").asString()).isEqualTo(id);
        assertThat(revised.get("revision").asInt()).isEqualTo(2);
        assertThat(revised.get("late").asBoolean()).isFalse();
        decide(managerToken, id, "APPROVE", null).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("APPROVED");
        JsonNode approved = event("crm.plan.daily-approved.v1", id);
        assertThat(approved.get("revision").asInt()).isEqualTo(2);
        assertThat(approved.get("targetCalls").asInt()).isEqualTo(60);
        assertThat(approved.get("targetLeadIds").get(0).asString()).isEqualTo(lead.toString());

        long eventsBefore = outboxEventsOfRep();
        submit(repToken, Map.of("calls", 10)).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.rule").isEqualTo("R-3");
        assertThat(outboxEventsOfRep()).as("a refused revision publishes nothing").isEqualTo(eventsBefore);

        fileVisit(visited, clock.instant().minus(Duration.ofMinutes(20)));
        Map<String, Object> review = new HashMap<>(Map.of("calls", 40, "newIntentCustomers", 2,
                "reasons", Map.of("calls", "Line down after lunch", "visits", "Second customer postponed",
                        "lead:" + lead, "No answer twice")));
        review(repToken, id, review).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reasons.customer:" + missed);
        assertThat(count("select count(*) from daily_review where plan_id = '" + id + "'")).isZero();
        assertThat(outboxEventsOfRep()).isEqualTo(eventsBefore);

        review.put("reasons", Map.of("calls", "Line down after lunch", "visits", "Second customer postponed",
                "lead:" + lead, "No answer twice", "customer:" + missed, "Moved to Thursday at their request"));
        JsonNode reviewed = body(review(repToken, id, review).expectStatus().isCreated());
        assertThat(reviewed.get("status").asString()).isEqualTo("REVIEWED");
        assertThat(reviewed.at("/review/actuals/visits").asInt()).as("counted from the visit log").isOne();
        assertThat(reviewed.at("/review/visitedCustomerIds/0").asString()).isEqualTo(visited);
        JsonNode filed = event("crm.plan.daily-review-filed.v1", id);
        assertThat(filed.get("actualVisits").asInt()).isOne();
        assertThat(filed.get("actualCalls").asInt()).isEqualTo(40);
        assertThat(filed.get("missedTargets").valueStream().map(JsonNode::asString).toList())
                .containsExactly("calls", "visits", "customer:" + missed, "lead:" + lead);
        assertThat(filed.get("missReasons").get(2).asString()).isEqualTo("Moved to Thursday at their request");
        review(repToken, id, review).expectStatus().isEqualTo(409);

        web.get().uri("/api/plans/daily/{id}", id).headers(h -> h.setBearerAuth(managerToken)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.review.misses.length()").isEqualTo(4);
        web.get().uri("/api/plans/daily/{id}", id).headers(h -> h.setBearerAuth(TestTokens.rep("rep-y", team)))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/plans/daily/{id}/history", id).headers(h -> h.setBearerAuth(managerToken)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[*].action").value(actions -> assertThat(
                        (List<String>) actions).containsExactly("DAILY_REVIEW_FILED", "DAILY_PLAN_APPROVED",
                        "DAILY_PLAN_REVISED", "DAILY_PLAN_SENT_BACK", "DAILY_PLAN_SUBMITTED"));
    }

    @Test
    void r3_aPlanAfter0930ShanghaiIsFlaggedLateAndTheManagerSeesWhoHasNotSubmitted() {
        String late = "rep-late-" + team;
        String absent = "rep-absent-" + team;
        Events.rosterSet(team, rep, late, absent);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from team_member where team = '"
                + team + "'") == 3);
        moveClockToNext(LocalTime.of(9, 29));
        body(submit(repToken, Map.of()).expectStatus().isCreated());
        clock.advance(Duration.ofMinutes(2)); // 09:31

        JsonNode latePlan = body(submit(TestTokens.rep(late, team), Map.of()).expectStatus().isCreated());

        assertThat(latePlan.get("late").asBoolean()).isTrue();
        assertThat(event("crm.plan.daily-submitted.v1", latePlan.get("id").asString(), late).get("late").asBoolean())
                .isTrue();
        web.get().uri("/api/plans/daily/unsubmitted").headers(h -> h.setBearerAuth(managerToken)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.repIds").value(reps ->
                        assertThat((List<String>) reps).containsExactly(absent));
        web.get().uri("/api/plans/daily").headers(h -> h.setBearerAuth(managerToken)).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(2);
        web.get().uri("/api/plans/daily").headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1);

        // 00:30 the next day in Shanghai is still the previous day in UTC: the default date is Shanghai's.
        moveClockToNext(LocalTime.of(0, 30));
        LocalDate shanghaiToday = clock.instant().atZone(SHANGHAI).toLocalDate();
        assertThat(clock.instant().atZone(ZoneId.of("UTC")).toLocalDate()).isEqualTo(shanghaiToday.minusDays(1));
        JsonNode early = body(submit(repToken, Map.of()).expectStatus().isCreated());
        assertThat(early.get("date").asString()).isEqualTo(shanghaiToday.toString());
        assertThat(early.get("late").asBoolean()).isFalse();
        // Yesterday in Shanghai (today in UTC) is past: refused naming the date, its approved-or-not plan untouched.
        submit(repToken, Map.of("date", shanghaiToday.minusDays(1).toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
    }

    @Test
    void r3_everyRefusalNamesTheFieldOrRuleAndWritesNothing() {
        String mine = register(repToken);
        String someoneElses = register(TestTokens.rep("rep-other-" + team, team));
        LocalDate today = clock.instant().atZone(SHANGHAI).toLocalDate();
        long eventsBefore = outboxEventsOfRep();

        submit(repToken, Map.of("repId", "rep-other-" + team)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("R-3")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("repId"));
        submit(managerToken, Map.of("repId", rep)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("R-3");
        submit(repToken, Map.of("targetCustomerIds", List.of(mine, someoneElses))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("targetCustomerIds[1]");
        submit(repToken, Map.of("targetCustomerIds", List.of(mine, mine))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("targetCustomerIds[1]");
        submit(repToken, Map.of("date", today.minusDays(1).toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        submit(repToken, Map.of("date", today.plusDays(8).toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        review(repToken, UUID.randomUUID().toString(), Map.of("calls", 1, "newIntentCustomers", 0))
                .expectStatus().isNotFound();
        assertThat(count("select count(*) from daily_plan where team = '" + team + "'")).isZero();
        assertThat(outboxEventsOfRep()).isEqualTo(eventsBefore);

        String id = body(submit(repToken, Map.of("date", today.plusDays(7).toString(),
                "targetCustomerIds", List.of(mine))).expectStatus().isCreated()).get("id").asString();
        long afterSubmission = outboxEventsOfRep();
        review(repToken, id, Map.of("calls", 100, "newIntentCustomers", 2)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("R-3");
        decide(managerToken, id, "APPROVE", null).expectStatus().isOk();
        long afterApproval = outboxEventsOfRep();
        review(managerToken, id, Map.of("calls", 100, "newIntentCustomers", 2)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("R-3");
        // A day is reviewed on that day or later.
        review(repToken, id, Map.of("calls", 100, "newIntentCustomers", 2)).expectStatus().isEqualTo(422);
        assertThat(afterApproval).isEqualTo(afterSubmission + 1);
        assertThat(outboxEventsOfRep()).isEqualTo(afterApproval);
        assertThat(count("select count(*) from daily_review where plan_id = '" + id + "'")).isZero();
        web.post().uri("/api/plans/daily").headers(h -> h.setBearerAuth(TestTokens.token("svc-" + team, team,
                Role.SERVICE_AGENT))).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec submit(String token, Map<String, ?> body) {
        return web.post().uri("/api/plans/daily").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec decide(String token, String id, String decision, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (comment != null) {
            body.put("comment", comment);
        }
        return web.post().uri("/api/plans/daily/{id}/decision", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec review(String token, String id, Map<String, ?> body) {
        return web.post().uri("/api/plans/daily/{id}/review", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private JsonNode event(String type, String planId) {
        return event(type, planId, rep);
    }

    /** The event of that type about the plan, keyed by the rep, from the topic. */
    private JsonNode event(String type, String planId, String repId) {
        return repEvent(type, repId, "planId", planId);
    }

    private long outboxEventsOfRep() {
        return count("select count(*) from outbox_event where message_key like '%" + team + "'");
    }

}
