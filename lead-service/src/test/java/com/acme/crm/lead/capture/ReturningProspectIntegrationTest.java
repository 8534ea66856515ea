package com.acme.crm.lead.capture;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.lead.Leads;

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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * L-10 on the real PostgreSQL and broker: a prospect captured again by a rep of the same team, when the owner has not
 * contacted the lead for more than a week (from capture if never), goes to that rep like an L-8 reassignment; within
 * the week the L-3 refusal stays, and imports never reassign.
 */
@CrmIntegrationTest
class ReturningProspectIntegrationTest {

    private static final Duration WEEK = Duration.ofDays(7);

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    AdjustableClock clock;
    @Autowired
    JsonMapper json;
    @Autowired
    EventSchemas schemas;

    @AfterEach
    void everyEventWrittenValidatesAgainstItsSchema() {
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void l10_aLeadNeverContactedStaysJustUnderAWeekFromCaptureAndGoesToTheCapturerJustOver() {
        String team = TestTokens.uniqueTeam();
        Map<String, Object> first = Leads.websiteLead("Zhou Min");
        JsonNode lead = created(capture(TestTokens.rep("rep-r1", team), first));
        String id = lead.get("id").asString();
        Map<String, Object> again = Map.of("name", "Zhou Min", "phone", first.get("phone"), "channel", "SALES_VISIT");

        clock.advance(WEEK.minusMinutes(1));
        String before = settledSnapshot(id);
        capture(TestTokens.rep("rep-r2", team), again).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("L-3");
        assertThat(snapshot(id)).as("L-3: untouched within the week").isEqualTo(before);

        clock.advance(Duration.ofMinutes(2));
        capture(TestTokens.rep("rep-r2", team), again).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.outcome").isEqualTo("MERGED")
                .jsonPath("$.ownerId").isEqualTo("rep-r2")
                .jsonPath("$.firstContactDueAt").value(due -> assertThat(instant(due)).as("L-8: the SLA clock kept")
                        .isCloseTo(instant(lead.get("firstContactDueAt").asString()), within(1, ChronoUnit.MILLIS)))
                .jsonPath("$.capturedAt").value(at -> assertThat(instant(at))
                        .isCloseTo(instant(lead.get("capturedAt").asString()), within(1, ChronoUnit.MILLIS)));

        assertReassignedFrom(id, "rep-r1", "rep-r2");
        assertThat(count("select count(*) from lead_capture where lead_id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    void l10_measuredFromTheLastContactWithTheOpenTasksMovingAlong() {
        String team = TestTokens.uniqueTeam();
        String owner = TestTokens.rep("rep-r3", team);
        Map<String, Object> first = Leads.tradeShowLead("Qian Hao");
        String id = created(capture(owner, first)).get("id").asString();
        clock.advance(Duration.ofDays(3));
        web.post().uri("/api/leads/{id}/contacts", id).headers(h -> h.setBearerAuth(owner))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("method", "PHONE", "direction", "OUTBOUND", "outcome", "REACHED")).exchange()
                .expectStatus().isOk();
        UUID task = UUID.randomUUID();
        db.sql("insert into lead_task (id, lead_id, owner_id, team, kind, due_at, created_at)"
                        + " values (:id, :lead::uuid, 'rep-r3', :team, 'NURTURE', now(), now())")
                .bind("id", task).bind("lead", id).bind("team", team).then().block(Duration.ofSeconds(10));
        Map<String, Object> again = Map.of("name", "Qian Hao", "email", first.get("email"), "channel", "WEBSITE");

        clock.advance(WEEK.minusMinutes(1));
        capture(TestTokens.rep("rep-r4", team), again).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("L-3");

        clock.advance(Duration.ofMinutes(2));
        capture(TestTokens.rep("rep-r4", team), again).expectStatus().isOk().expectBody()
                .jsonPath("$.ownerId").isEqualTo("rep-r4")
                .jsonPath("$.status").isEqualTo("CONTACTED");

        assertReassignedFrom(id, "rep-r3", "rep-r4");
        assertThat(count("select count(*) from lead_task where id = '" + task + "' and owner_id = 'rep-r4'"))
                .as("L-8: the open task moved with the lead").isEqualTo(1);
    }

    @Test
    void l10_anotherTeamsLeadAndAnImportedRowKeepTheL3RefusalEvenAfterAWeek() {
        String team = TestTokens.uniqueTeam();
        Map<String, Object> first = Leads.tradeShowLead("Sun Li");
        String id = created(capture(TestTokens.rep("rep-r5", team), first)).get("id").asString();
        clock.advance(WEEK.plusMinutes(1));
        String before = settledSnapshot(id);
        Map<String, Object> again = Map.of("name", "Sun Li", "phone", first.get("phone"), "channel", "WEBSITE");

        capture(TestTokens.rep("rep-r6", TestTokens.uniqueTeam()), again).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("L-3");
        web.post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(TestTokens.rep("rep-r7", team)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(List.of(again)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.rows[0].outcome").isEqualTo("DUPLICATE")
                .jsonPath("$.rows[0].leadId").doesNotExist();

        assertThat(snapshot(id)).as("not L-10: the lead stays with its owner").isEqualTo(before);
    }

    private void assertReassignedFrom(String id, String previous, String now) {
        ConsumerRecord<String, byte[]> assigned = KafkaProbe.awaitEvent("crm.lead.events", id, "crm.lead.assigned.v1");
        JsonNode event = json.readTree(new String(assigned.value(), StandardCharsets.UTF_8));
        assertThat(event.get("ownerId").asString()).isEqualTo(now);
        assertThat(event.get("previousOwnerId").asString()).isEqualTo(previous);
        assertThat(event.get("assignedBy").asString()).isEqualTo(now);
        KafkaProbe.awaitEvent("crm.lead.events", id, "crm.lead.merged.v1");
        assertThat(count("select count(*) from audit_log where resource_type = 'lead' and resource_id = '" + id
                + "' and action = 'ASSIGNED' and details->>'rule' = 'L-10' and details->>'previous' = '" + previous
                + "'")).as("history: the reassignment, naming L-10").isEqualTo(1);
        assertThat(count("select count(*) from lead where id = '" + id + "' and owner_id = '" + now + "'")).isEqualTo(1);
    }

    /** The snapshot once the clock move's breach reports (L-2) have been written, so only a capture could change it. */
    private String settledSnapshot(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from lead where id = '" + id
                + "' and first_contact_breached_at is not null and (follow_up_email_due_at is null"
                + " or follow_up_email_breached_at is not null)") == 1);
        return snapshot(id);
    }

    /** Everything a merge or reassignment would change. */
    private String snapshot(String id) {
        return db.sql("""
                        select l.version || '|' || l.owner_id || '|' || l.last_touch_at
                            || '|' || (select count(*) from lead_capture c where c.lead_id = l.id)
                            || '|' || (select count(*) from outbox_event o where o.message_key = l.id::text)
                            || '|' || (select count(*) from audit_log a where a.resource_id = l.id::text) as state
                        from lead l where l.id = :id::uuid""")
                .bind("id", id).map(row -> row.get("state", String.class)).one().block(Duration.ofSeconds(10));
    }

    /** An instant of a response (PostgreSQL keeps microseconds, the capture's answer nanoseconds). */
    private static Instant instant(Object instant) {
        return Instant.parse(instant.toString());
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }

    private WebTestClient.ResponseSpec capture(String token, Map<String, ?> body) {
        return web.post().uri("/api/leads").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static JsonNode created(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
