package com.acme.crm.customer.followup;

import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.Events;
import com.acme.crm.customer.customer.LeadServiceStub;
import com.acme.crm.events.aftersales.ComplaintRaised;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A-2 across services: aftersales-service's {@code ComplaintRaised} on {@code crm.aftersales.events} gives the
 * customer's current owner one retention task, through the inbox on the real broker and PostgreSQL.
 */
@CrmIntegrationTest
class ComplaintRetentionIntegrationTest extends LeadServiceStub {

    static final String TOPIC = "crm.aftersales.events";
    static final String RAISED = "crm.complaint.raised.v1";

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    JsonMapper json;

    @Test
    void a2_aComplaintGivesTheOwnerOneRetentionTaskWithinTwoSeconds_andARedeliveryNoSecond() {
        processedAfter(UUID.randomUUID());
        String owner = "rep-keep-" + UUID.randomUUID().toString().substring(0, 8);
        String rep = TestTokens.rep(owner, TestTokens.uniqueTeam());
        UUID customer = registered(rep);
        UUID complaint = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        raise(complaint, customer, eventId);

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> retentionTasks(rep, customer).size() == 1);
        JsonNode task = retentionTasks(rep, customer).get(0);
        assertThat(task.get("ownerId").asString()).isEqualTo(owner);
        assertThat(task.get("note").asString()).contains(complaint.toString()).contains("A-2");

        raise(complaint, customer, eventId);
        processedAfter(complaint);
        assertThat(TestDatabase.count(db, "select count(*) from inbox_event where consumer = 'customer-aftersales'"
                + " and event_id = '" + eventId + "'")).isEqualTo(1);
        assertThat(TestDatabase.count(db, "select count(*) from customer_task where kind = 'RETENTION'"
                + " and customer_id = '" + customer + "'")).isEqualTo(1);
    }

    @Test
    void a2_aComplaintAboutACustomerUnknownHereIsSkippedOnce_notRetriedNorDeadLettered() {
        UUID unknown = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        raise(UUID.randomUUID(), unknown, eventId);

        await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(db,
                "select count(*) from inbox_event where consumer = 'customer-aftersales'"
                        + " and event_id = '" + eventId + "'") == 1);
        assertThat(TestDatabase.count(db, "select count(*) from customer_task where customer_id = '" + unknown + "'"))
                .isZero();
        try (KafkaProbe dlq = KafkaProbe.on(TOPIC + ".customer-service.dlq")) {
            assertThat(dlq.all(KafkaProbe.subject(unknown), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void theTopicsOtherEventsAreSkipped_noTaskNoInboxRow() {
        String rep = TestTokens.rep("rep-tickets", TestTokens.uniqueTeam());
        UUID customer = registered(rep);
        UUID ticket = UUID.randomUUID();
        UUID ticketEvent = UUID.randomUUID();

        Events.send(TOPIC, ticket, "crm.ticket.opened.v1", "{\"customerId\":\"" + customer + "\"}", ticketEvent);
        processedAfter(ticket);

        assertThat(TestDatabase.count(db, "select count(*) from inbox_event where event_id = '" + ticketEvent + "'"))
                .isZero();
        assertThat(retentionTasks(rep, customer)).isEmpty();
    }

    /**
     * Everything sent so far under {@code key} (one partition, in order) has been consumed: a complaint about an
     * unknown customer sent now under that key has reached the inbox. Also waits for the consumer's partitions.
     */
    private void processedAfter(UUID key) {
        UUID eventId = UUID.randomUUID();
        raise(key, UUID.randomUUID(), eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(db,
                "select count(*) from inbox_event where consumer = 'customer-aftersales'"
                        + " and event_id = '" + eventId + "'") == 1);
    }

    /** Publishes ComplaintRaised as aftersales-service's outbox does: the record as JSON, CloudEvents headers. */
    private void raise(UUID complaint, UUID customer, UUID eventId) {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        ComplaintRaised event = new ComplaintRaised(complaint, customer, "whoever-aftersales-thinks", "t-aftersales",
                "PHONE", null, "agent-1", now, now.plusSeconds(1800));
        Events.send(TOPIC, complaint, RAISED, json.writeValueAsString(event), eventId);
    }

    private List<JsonNode> retentionTasks(String token, UUID customer) {
        JsonNode tasks = web.get().uri("/api/customer-tasks").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> found = new java.util.ArrayList<>();
        tasks.forEach(task -> {
            if ("RETENTION".equals(task.get("kind").asString())
                    && customer.toString().equals(task.get("customerId").asString())) {
                found.add(task);
            }
        });
        return found;
    }

    private UUID registered(String rep) {
        JsonNode created = web.post().uri("/api/customers").headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "Keep Co " + UUID.randomUUID(), "contacts", List.of()))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return UUID.fromString(created.get("id").asString());
    }
}
