package com.acme.crm.customer.customer;

import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * a recorded touch tells lead-service (which keeps the reps' call logs) who touched which customer, how and
 * when, on the real broker and PostgreSQL; never the note or a contact detail (B-3). A refused touch tells nothing.
 */
@CrmIntegrationTest
class CustomerContactedIntegrationTest extends LeadServiceStub {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    JsonMapper json;
    @Autowired
    EventSchemas schemas;

    @AfterEach
    void everyEventWrittenValidatesAgainstItsSchema() {
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void r2_aPhoneTouchPublishesCustomerContactedNamingWhoRecordedIt() {
        String team = TestTokens.uniqueTeam();
        String rep = TestTokens.rep("rep-cc1", team);
        String id = register(rep, "+86 139 5555 " + (1000 + (int) (Math.random() * 8999)));
        Instant at = Instant.now().minusSeconds(300);

        touch(rep, id, Map.of("channel", "PHONE", "customerInitiated", false, "at", at.toString(),
                "note", "asked about the spare pump seals")).expectStatus().isOk();

        ConsumerRecord<String, byte[]> record = KafkaProbe.awaitEvent("crm.customer.events", id,
                "crm.customer.contacted.v1");
        String payload = new String(record.value(), StandardCharsets.UTF_8);
        JsonNode event = json.readTree(payload);
        assertThat(event.get("customerId").asString()).isEqualTo(id);
        assertThat(event.get("ownerId").asString()).isEqualTo("rep-cc1");
        assertThat(event.get("contactedBy").asString()).isEqualTo("rep-cc1");
        assertThat(event.get("team").asString()).isEqualTo(team);
        assertThat(event.get("channel").asString()).isEqualTo("PHONE");
        assertThat(event.get("customerInitiated").asBoolean()).isFalse();
        assertThat(Instant.parse(event.get("at").asString())).isEqualTo(at);
        assertThat(payload).as("B-3: no note, no contact data").doesNotContain("seals").doesNotContain("5555")
                .doesNotContain("Chen");
    }

    @Test
    void r2_b1_aRefusedTouchPublishesNothing() {
        String team = TestTokens.uniqueTeam();
        String rep = TestTokens.rep("rep-cc2", team);
        String id = register(rep, "+86 139 6666 " + (1000 + (int) (Math.random() * 8999)));
        touch(rep, id, Map.of("channel", "PHONE")).expectStatus().isOk();
        long events = count(id);

        touch(rep, id, Map.of("channel", "WECHAT")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("B-1");

        assertThat(count(id)).isEqualTo(events);
        touch(TestTokens.token("mgr-" + team, team, Role.SALES_MANAGER), id,
                Map.of("channel", "PHONE", "customerInitiated", true)).expectStatus().isOk();
        assertThat(count(id)).isEqualTo(events + 1);
    }

    private long count(String customerId) {
        return TestDatabase.count(db, "select count(*) from outbox_event where message_key = '" + customerId
                + "' and event_type = 'crm.customer.contacted.v1'");
    }

    private String register(String token, String phone) {
        return web.post().uri("/api/customers").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "Suzhou Valves " + UUID.randomUUID(), "industry", "machinery",
                        "scale", "MEDIUM", "contacts", List.of(Map.of("name", "Chen Jie", "title", "Buyer",
                                "phone", phone))))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private WebTestClient.ResponseSpec touch(String token, String id, Map<String, ?> body) {
        return web.post().uri("/api/customers/{id}/touches", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
