package com.acme.crm.lead.lead;

import com.acme.crm.lead.Leads;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A capture retried under the same Idempotency-Key (a lost answer, a double tap) captures one lead, once. */
@CrmIntegrationTest
class LeadIdempotencyIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    JsonMapper json;

    @Test
    void aRetriedCaptureWithTheSameKeyCapturesOneLeadPublishesOneEventAndAnswersTheSame() {
        String team = TestTokens.uniqueTeam();
        String rep = TestTokens.rep("rep-idem", team);
        Map<String, Object> lead = Leads.tradeShowLead("Zhou Min");
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<byte[]> first = capture(rep, key, lead).expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/leads/[0-9a-f-]{36}")
                .expectBody().returnResult();
        // Without the key this retry would be an L-3 merge into the lead just captured (200); with it, the first answer.
        EntityExchangeResult<byte[]> retry = capture(rep, key, lead).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectHeader().valueEquals("Location", first.getResponseHeaders().getLocation().toString())
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().returnResult();

        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        String id = json.readTree(first.getResponseBody()).get("id").asString();
        assertThat(count("select count(*) from lead where team = '" + team + "'")).isOne();
        assertThat(count("select count(*) from outbox_event where message_key = '" + id + "'"
                + " and event_type = 'crm.lead.captured.v1'")).isOne();
        assertThat(count("select count(*) from outbox_event where message_key = '" + id + "'")).isOne();
        assertThat(count("select count(*) from audit_log where resource_id = '" + id + "' and action = 'MERGED'"))
                .isZero();
    }

    @Test
    void theSameKeyWithAnotherLeadIsRefusedAndCapturesNothing() {
        String team = TestTokens.uniqueTeam();
        String rep = TestTokens.rep("rep-idem", team);
        String key = UUID.randomUUID().toString();
        capture(rep, key, Leads.websiteLead("Sun Li")).expectStatus().isCreated();

        capture(rep, key, Leads.websiteLead("Sun Li")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.header").isEqualTo("Idempotency-Key");

        assertThat(count("select count(*) from lead where team = '" + team + "'")).isOne();
    }

    @Test
    void aRefusedCaptureIsNotStoredSoTheCorrectedRetryUnderTheKeyIsCaptured() {
        String team = TestTokens.uniqueTeam();
        String rep = TestTokens.rep("rep-idem", team);
        String key = UUID.randomUUID().toString();

        capture(rep, key, Map.of("name", "Qian Hao", "phone", "call me", "channel", "WEBSITE"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        capture(rep, key, Leads.websiteLead("Qian Hao")).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");

        assertThat(count("select count(*) from lead where team = '" + team + "'")).isOne();
    }

    @Test
    void theApiDocumentsTheOptionalKeyOnCommandsOnly() {
        JsonNode docs = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(docs.at("/paths/~1api~1leads/post/parameters").toString())
                .contains("\"name\":\"Idempotency-Key\"").contains("\"in\":\"header\"");
        assertThat(docs.at("/paths/~1api~1leads/get/parameters").toString()).doesNotContain("Idempotency-Key");
    }

    private WebTestClient.ResponseSpec capture(String token, String key, Map<String, Object> body) {
        return web.post().uri("/api/leads").headers(h -> {
                    h.setBearerAuth(token);
                    h.set("Idempotency-Key", key);
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
