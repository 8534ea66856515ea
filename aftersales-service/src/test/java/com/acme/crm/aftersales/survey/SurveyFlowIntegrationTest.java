package com.acme.crm.aftersales.survey;

import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A-4 on the real broker and database: an accepted order (deemed or not) gets exactly one survey however often its
 * acceptance arrives; answers are recorded once and in range; the NPS of (10, 8, 3) reads 0.
 */
@CrmIntegrationTest
class SurveyFlowIntegrationTest {

    private static DatabaseClient database;
    private static EventSchemas eventSchemas;
    private static JsonMapper jsonMapper;

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    EventSchemas schemas;
    @Autowired
    JsonMapper json;

    @Test
    void a4_anAcceptedOrderGetsExactlyOneSurveyEvenWhenItsAcceptanceIsRedelivered() {
        remember();
        String team = TestTokens.uniqueTeam();
        UUID order = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        OrderAcceptances.accepted(order, customer, "rep-1", team, true, event);
        await().atMost(Duration.ofSeconds(20)).until(() -> surveysOf(order) == 1);
        OrderAcceptances.accepted(order, customer, "rep-1", team, true, event);
        OrderAcceptances.accepted(order, customer, "rep-1", team, false, UUID.randomUUID());
        // A marker on the same partition (same key) is consumed after the repeats.
        UUID marker = UUID.randomUUID();
        OrderAcceptances.acceptedWithKey(order, marker, UUID.randomUUID(), "rep-1", team);
        await().atMost(Duration.ofSeconds(20)).until(() -> surveysOf(marker) == 1);

        assertThat(surveysOf(order)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.survey.issued.v1'"
                + " and payload->>'orderId' = '" + order + "'")).isEqualTo(1);
        assertThat(count("select count(*) from survey_customer where customer_id = '" + customer + "'"))
                .isEqualTo(1);
    }

    @Test
    void a4_theNpsOfTenEightAndThreeReadsZeroAndAnswersAreRecordedOnce() {
        remember();
        String team = TestTokens.uniqueTeam();
        String agent = TestTokens.token("agent-" + team, team, Role.SERVICE_AGENT);
        List<UUID> surveys = List.of(issued(team), issued(team), issued(team));
        int[] scores = {10, 8, 3};
        for (int i = 0; i < 3; i++) {
            respond(agent, surveys.get(i), Map.of("satisfaction", 4, "nps", scores[i])).expectStatus().isOk()
                    .expectBody().jsonPath("$.answer.nps").isEqualTo(scores[i]);
        }

        web.get().uri("/api/surveys?answered=true").headers(h -> h.setBearerAuth(agent)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(3);
        web.get().uri("/api/surveys?answered=false").headers(h -> h.setBearerAuth(agent)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        respond(agent, surveys.get(0), Map.of("satisfaction", 1, "nps", 0)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("A-4");
        web.get().uri(u -> u.path("/api/surveys/nps").queryParam("from", "2000-01-01T00:00:00Z")
                        .queryParam("to", "2100-01-01T00:00:00Z")
                        .queryParam("team", team).build())
                .headers(h -> h.setBearerAuth(TestTokens.manager("mgr-" + team, team))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.responses").isEqualTo(3)
                .jsonPath("$.promoters").isEqualTo(1)
                .jsonPath("$.passives").isEqualTo(1)
                .jsonPath("$.detractors").isEqualTo(1)
                .jsonPath("$.score").isEqualTo(0.0);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.survey.answered.v1'"
                + " and payload->>'team' = '" + team + "'")).isEqualTo(3);
    }

    @Test
    void a4_anNpsOfElevenIsRefusedNamingTheFieldAndChangesNothing() {
        remember();
        String team = TestTokens.uniqueTeam();
        UUID survey = issued(team);

        respond(TestTokens.token("agent-" + team, team, Role.SERVICE_AGENT), survey,
                Map.of("satisfaction", 5, "nps", 11)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("nps");

        assertThat(count("select count(*) from survey where id = '" + survey + "' and answered_at is null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where event_type = 'crm.survey.answered.v1'"
                + " and payload->>'surveyId' = '" + survey + "'")).isZero();
    }

    @Test
    void a4_anAgentOfAnotherTeamDoesNotFindTheSurvey() {
        remember();
        UUID survey = issued(TestTokens.uniqueTeam());

        respond(TestTokens.token("agent-x", TestTokens.uniqueTeam(), Role.SERVICE_AGENT), survey,
                Map.of("satisfaction", 5, "nps", 10)).expectStatus().isNotFound();
        assertThat(count("select count(*) from survey where id = '" + survey + "' and answered_at is null"))
                .isEqualTo(1);
    }

    @AfterAll
    static void everySurveyEventValidatesAgainstItsSchema() {
        if (database != null) {
            OutboxConformance.assertEveryEventValid(database, eventSchemas, jsonMapper);
        }
    }

    private void remember() {
        database = db;
        eventSchemas = schemas;
        jsonMapper = json;
    }

    /** An order accepted in the team; the id of its survey once issued. */
    private UUID issued(String team) {
        UUID order = UUID.randomUUID();
        OrderAcceptances.accepted(order, UUID.randomUUID(), "rep-" + team, team);
        await().atMost(Duration.ofSeconds(20)).until(() -> surveysOf(order) == 1);
        return db.sql("select id from survey where order_id = :order").bind("order", order)
                .map(row -> row.get(0, UUID.class)).one().block();
    }

    private WebTestClient.ResponseSpec respond(String token, UUID survey, Object body) {
        return web.post().uri("/api/surveys/{id}/responses", survey).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private long surveysOf(UUID order) {
        return count("select count(*) from survey where order_id = '" + order + "'");
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
