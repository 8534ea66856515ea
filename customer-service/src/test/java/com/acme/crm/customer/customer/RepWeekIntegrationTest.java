package com.acme.crm.customer.customer;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the integration tests of the rep's week (R-3 daily plans, R-4 weekly visit plans and trips) share: a fresh team
 * with its rep and manager for every test, the rep's customers registered and visited through the API, the events
 * of the rep read back from crm.customer.events without contact data (B-3), and every event written checked against
 * its published schema.
 */
public abstract class RepWeekIntegrationTest extends LeadServiceStub {

    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    protected WebTestClient web;
    @Autowired
    protected DatabaseClient db;
    @Autowired
    protected AdjustableClock clock;
    @Autowired
    protected JsonMapper json;
    @Autowired
    EventSchemas schemas;

    protected String team;
    protected String rep;
    protected String repToken;
    protected String managerToken;

    @BeforeEach
    void team() {
        team = TestTokens.uniqueTeam();
        rep = "rep-" + team;
        repToken = TestTokens.rep(rep, team);
        managerToken = TestTokens.manager("mgr-" + team, team);
    }

    /** Every event the commands wrote validates against its published schema. */
    @AfterEach
    void everyEventWrittenValidatesAgainstItsSchema() {
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    /** Moves the clock to the next {@code time} of day in Shanghai (today's if still ahead, else tomorrow's). */
    protected void moveClockToNext(LocalTime time) {
        ZonedDateTime now = clock.instant().atZone(SHANGHAI);
        ZonedDateTime next = now.toLocalDate().atTime(time).atZone(SHANGHAI);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        clock.advance(Duration.between(now.toInstant(), next.toInstant()));
    }

    /** A customer registered by the caller through the API (owned by the caller); its id. */
    protected String register(String token) {
        String phone = "+86 139 " + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        Map<String, Object> person = Map.of("name", "Chen Jie", "title", "Purchasing manager", "phone", phone);
        return body(web.post().uri("/api/customers").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "Week Co " + UUID.randomUUID(), "industry", "machinery", "scale",
                        "MEDIUM", "contacts", List.of(person)))
                .exchange().expectStatus().isCreated()).get("id").asString();
    }

    /** An on-site visit of the rep to the customer at {@code at}; its id. */
    protected String fileVisit(String customerId, Instant at) {
        return body(web.post().uri("/api/customers/{id}/visits", customerId).headers(h -> h.setBearerAuth(repToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("contactPerson", "Chen Jie", "visitedAt", at.toString(), "durationMinutes", 45,
                        "method", "ON_SITE", "progress", true, "clearAnswer", true))
                .exchange().expectStatus().isCreated()).get("id").asString();
    }

    /**
     * The event of that type keyed by {@code repId} whose {@code idField} is {@code id}, from the topic; its payload
     * holds none of the contact data nor any of {@code privateTexts} (B-3).
     */
    protected JsonNode repEvent(String type, String repId, String idField, String id, String... privateTexts) {
        try (KafkaProbe probe = KafkaProbe.on("crm.customer.events")) {
            var record = probe.await(r -> repId.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))
                    && json.readTree(r.value()).get(idField).asString().equals(id), Duration.ofSeconds(20));
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(payload).as("B-3").doesNotContain("+86").doesNotContain("Chen");
            for (String text : privateTexts) {
                assertThat(payload).as("B-3").doesNotContain(text);
            }
            return json.readTree(payload);
        }
    }

    protected long count(String sql) {
        return TestDatabase.count(db, sql);
    }

    protected static JsonNode body(WebTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
