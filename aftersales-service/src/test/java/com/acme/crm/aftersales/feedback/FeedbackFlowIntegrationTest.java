package com.acme.crm.aftersales.feedback;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A-3 on the real broker and database: feedback about a registered customer is routed by its class; shipping the
 * improvement gives the customer's owner a task (listed under their tasks) and publishes the closed loop once; bad
 * input changes nothing.
 */
@CrmIntegrationTest
class FeedbackFlowIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;

    @Test
    void a3_productFeedbackGoesToRAndDAndItsShippedImprovementClosesTheLoopOnce() {
        String team = TestTokens.uniqueTeam();
        String agent = TestTokens.token("agent-" + team, team, Role.SERVICE_AGENT);
        UUID customer = registered("rep-" + team, team);

        post(agent, "/api/feedback", Map.of("customerId", customer.toString(), "classification", "PRODUCT",
                "summary", "The press is loud at start-up")).expectStatus().isCreated()
                .expectBody().jsonPath("$.queue").isEqualTo("R_AND_D");
        String id = feedbackOf(customer);
        web.get().uri("/api/feedback?queue=R_AND_D").headers(h -> h.setBearerAuth(agent)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(id);
        web.get().uri("/api/feedback?queue=OPERATIONS").headers(h -> h.setBearerAuth(agent)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);

        post(agent, "/api/feedback/" + id + "/shipped", Map.of("improvement", "Quieter motor mount"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.shipment.taskAssignee").isEqualTo("rep-" + team);
        web.get().uri("/api/feedback/tasks").headers(h -> h.setBearerAuth(TestTokens.rep("rep-" + team, team)))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(id)
                .jsonPath("$.items[0].shipment.taskAssignee").isEqualTo("rep-" + team);
        post(agent, "/api/feedback/" + id + "/shipped", Map.of("improvement", "again"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("A-3");

        assertThat(count("select count(*) from outbox_event where event_type = 'crm.feedback.improvement-shipped.v1'"
                + " and payload->>'feedbackId' = '" + id + "' and payload->>'ownerId' = 'rep-" + team + "'"))
                .isEqualTo(1);
    }

    @Test
    void a3_anUnknownClassificationIsRefusedNamingTheFieldAndWritesNothing() {
        String team = TestTokens.uniqueTeam();
        UUID customer = registered("rep-" + team, team);

        post(TestTokens.token("agent-" + team, team, Role.SERVICE_AGENT), "/api/feedback", Map.of("customerId",
                customer.toString(), "classification", "PRICE", "summary", "Too dear")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("classification");

        assertThat(count("select count(*) from feedback where customer_id = '" + customer + "'")).isZero();
    }

    /** A customer registered on crm.customer.events, once the ownership projection has it. */
    private UUID registered(String owner, String team) {
        UUID customer = UUID.randomUUID();
        String json = """
                {"customerId":"%s","leadId":null,"ownerId":"%s","team":"%s","company":"Acme Tools",
                 "contactFingerprints":[],"registeredAt":"2026-11-23T09:00:00Z"}""".formatted(customer, owner, team);
        KafkaProbe.send("crm.customer.events", customer.toString(), json.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", "crm.customer.registered.v1",
                "ce_source", "/crm/test", "ce_specversion", "1.0", "ce_subject", customer.toString(),
                "ce_time", "2026-11-23T09:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from customer_ownership where customer_id = '" + customer + "'") == 1);
        return customer;
    }

    private String feedbackOf(UUID customer) {
        return db.sql("select id::text from feedback where customer_id = :c").bind("c", customer)
                .map(row -> row.get(0, String.class)).one().block();
    }

    private WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
