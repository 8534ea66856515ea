package com.acme.crm.customer.customer;

import com.acme.crm.chassis.clock.AdjustableClock;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visit or a touch retried under the same Idempotency-Key is filed once and answered the same. Without the key the
 * retry is a second contact the same day, which B-1 refuses: the key is what makes the retry safe.
 */
@CrmIntegrationTest
class CustomerIdempotencyIntegrationTest extends LeadServiceStub {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;

    @Test
    void aRetriedVisitWithTheSameKeyIsFiledOnceWithOneEventAndAnsweredTheSame() {
        String rep = TestTokens.rep("rep-idem", TestTokens.uniqueTeam());
        String customer = register(rep);
        Map<String, Object> visit = visitBody(clock.instant().minus(Duration.ofMinutes(10)));
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<byte[]> first = post(rep, "/api/customers/{id}/visits", customer, key, visit)
                .expectStatus().isCreated().expectBody().returnResult();
        EntityExchangeResult<byte[]> retry = post(rep, "/api/customers/{id}/visits", customer, key, visit)
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult();

        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(count("select count(*) from visit where customer_id = '" + customer + "'")).isOne();
        assertThat(count("select count(*) from outbox_event where message_key = '" + customer + "'"
                + " and event_type = 'crm.customer.visit-logged.v1'")).isOne();
        assertThat(count("select count(*) from audit_log where resource_id = '" + customer + "'"
                + " and action = 'VISIT_LOGGED'")).isOne();
        // The same visit without the key is filed anew, and B-1 refuses a second outbound contact that day.
        post(rep, "/api/customers/{id}/visits", customer, null, visit).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("B-1");
    }

    @Test
    void aRetriedTouchWithTheSameKeyIsRecordedOnceAndAnsweredTheSame() {
        String rep = TestTokens.rep("rep-idem", TestTokens.uniqueTeam());
        String customer = register(rep);
        Map<String, Object> touch = Map.of("channel", "PHONE", "customerInitiated", false,
                "at", clock.instant().minus(Duration.ofMinutes(5)).toString());
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<byte[]> first = post(rep, "/api/customers/{id}/touches", customer, key, touch)
                .expectStatus().isOk().expectBody().returnResult();
        long eventsAfterFirst = count("select count(*) from outbox_event where message_key = '" + customer + "'");
        EntityExchangeResult<byte[]> retry = post(rep, "/api/customers/{id}/touches", customer, key, touch)
                .expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult();

        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(count("select count(*) from audit_log where resource_id = '" + customer + "'"
                + " and action = 'CONTACTED'")).isOne();
        assertThat(count("select count(*) from outbox_event where message_key = '" + customer + "'"))
                .isEqualTo(eventsAfterFirst);
        post(rep, "/api/customers/{id}/touches", customer, null, touch).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("B-1");
    }

    @Test
    void theSameKeyWithAnotherTouchIsRefusedAndRecordsNothing() {
        String rep = TestTokens.rep("rep-idem", TestTokens.uniqueTeam());
        String customer = register(rep);
        String key = UUID.randomUUID().toString();
        Instant at = clock.instant().minus(Duration.ofMinutes(5));
        post(rep, "/api/customers/{id}/touches", customer, key,
                Map.of("channel", "PHONE", "customerInitiated", true, "at", at.toString())).expectStatus().isOk();

        post(rep, "/api/customers/{id}/touches", customer, key,
                Map.of("channel", "WECHAT", "customerInitiated", true, "at", at.toString()))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://crm.acme.com/problems/idempotency-key-reused")
                .jsonPath("$.header").isEqualTo("Idempotency-Key");

        assertThat(count("select count(*) from audit_log where resource_id = '" + customer + "'"
                + " and action = 'CONTACTED'")).isOne();
    }

    private String register(String rep) {
        String phone = "+86 137 " + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> request = Map.of("company", "Wuxi Valves " + UUID.randomUUID().toString().substring(0, 6),
                "industry", "machinery", "scale", "MEDIUM",
                "contacts", List.of(Map.of("name", "Gao Yan", "title", "Plant manager", "phone", phone)));
        return web.post().uri("/api/customers").headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private WebTestClient.ResponseSpec post(String token, String uri, String customer, String key,
                                            Map<String, Object> body) {
        return web.post().uri(uri, customer).headers(h -> {
                    h.setBearerAuth(token);
                    if (key != null) {
                        h.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static Map<String, Object> visitBody(Instant at) {
        return Map.of("contactPerson", "Gao Yan", "contactTitle", "Plant manager", "visitedAt", at.toString(),
                "durationMinutes", 30, "method", "ON_SITE", "situation", "one old line",
                "needPayoff", "fewer stoppages", "progress", true, "clearAnswer", true);
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
