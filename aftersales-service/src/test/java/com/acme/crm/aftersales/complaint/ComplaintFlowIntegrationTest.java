package com.acme.crm.aftersales.complaint;

import com.acme.crm.aftersales.ServiceTeam;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.OutboxConformance;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A-2 on the real broker and PostgreSQL: a complaint apologised in time misses its 24 h execution clock (breach and
 * escalation published once each), cannot close without root cause and actions nor twice, and closes; the raised
 * event carries neither the complainant nor the content; bad input writes and publishes nothing.
 */
@CrmIntegrationTest
class ComplaintFlowIntegrationTest {

    private static final String TOPIC = "crm.aftersales.events";

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    JsonMapper json;
    @Autowired
    EventSchemas schemas;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;

    @Test
    void a2_aComplaintApologisedInTimeMissesItsExecutionClockOnceThenClosesWithRootCauseAndActions() {
        ServiceTeam team = ServiceTeam.registered(web, db, json);
        JsonNode raised = team.post(team.agent, "/api/complaints", complaint(team), 201);
        String id = raised.path("id").asString();

        JsonNode event = team.body(KafkaProbe.awaitEvent(TOPIC, id, "crm.complaint.raised.v1"));
        assertThat(event.path("ownerId").asString()).isEqualTo(team.repId);
        assertThat(event.path("channel").asString()).isEqualTo("PHONE");
        assertThat(event.toString()).doesNotContain("Wang Wei").doesNotContain("damaged");

        clock.advance(Duration.ofMinutes(20));
        JsonNode planned = team.post(team.agent, "/api/complaints/" + id + "/plan",
                Map.of("initialPlan", "Apologised; a replacement unit ships tomorrow"), 200);
        assertThat(planned.path("executionDueAt").isNull()).isFalse();

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        jobs.run(ComplaintClocks.CLOCK_JOB).block(Duration.ofSeconds(60));
        jobs.run(ComplaintClocks.CLOCK_JOB).block(Duration.ofSeconds(60));

        assertThat(team.body(KafkaProbe.awaitEvent(TOPIC, id, "crm.complaint.clock-breached.v1")).path("clock")
                .asString()).isEqualTo("EXECUTION");
        KafkaProbe.awaitEvent(TOPIC, id, "crm.complaint.escalated.v1");
        assertThat(count(id, "crm.complaint.clock-breached.v1")).isEqualTo(1L);
        assertThat(count(id, "crm.complaint.escalated.v1")).isEqualTo(1L);
        assertThat(team.get(team.manager, "/api/complaints?escalated=true", 200).findValuesAsString("id"))
                .containsExactly(id);

        assertThat(team.refusedNaming(team.agent, "/api/complaints/" + id + "/closure", Map.of(), 422))
                .isEqualTo("A-2");
        team.post(team.agent, "/api/complaints/" + id + "/resolution", null, 200);
        team.post(team.agent, "/api/complaints/" + id + "/callback", null, 200);
        assertThat(team.refusedNaming(team.agent, "/api/complaints/" + id + "/closure",
                Map.of("rootCause", "Loose packing"), 422)).isEqualTo("A-2");
        assertThat(count(id, "crm.complaint.closed.v1")).isZero();

        JsonNode closed = team.post(team.manager, "/api/complaints/" + id + "/closure",
                Map.of("rootCause", "Loose packing", "improvementActions", "Corner guards on every crate"), 200);
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        KafkaProbe.awaitEvent(TOPIC, id, "crm.complaint.closed.v1");
        assertThat(team.refusedNaming(team.agent, "/api/complaints/" + id + "/closure",
                Map.of("rootCause", "Loose packing", "improvementActions", "Corner guards"), 422)).isEqualTo("A-2");
        assertThat(count(id, "crm.complaint.closed.v1")).isEqualTo(1L);
        assertThat(team.get(team.rep, "/api/complaints/" + id, 200).path("rootCause").asString())
                .isEqualTo("Loose packing");
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void a2_badInputWritesAndPublishesNothing() {
        ServiceTeam team = ServiceTeam.registered(web, db, json);
        Map<String, Object> noContent = new HashMap<>(complaint(team));
        noContent.put("content", "");

        assertThat(team.post(team.agent, "/api/complaints", noContent, 400).at("/errors/0/field").asString())
                .isEqualTo("content");
        team.post(team.agent, "/api/complaints/" + java.util.UUID.randomUUID() + "/resolution", null, 404);

        assertThat(team.count("select count(*) from complaint where team = '" + team.name + "'")).isZero();
        assertThat(team.count("select count(*) from outbox_event where topic = 'crm.aftersales.events'"
                + " and payload->>'team' = '" + team.name + "'")).isZero();
    }

    private long count(String id, String type) {
        return db.sql("select count(*) from outbox_event where message_key = :key and event_type = :type")
                .bind("key", id).bind("type", type).map(row -> row.get(0, Long.class)).one()
                .block(Duration.ofSeconds(10));
    }

    private static Map<String, Object> complaint(ServiceTeam team) {
        return Map.of("customerId", team.customer, "complainant", "Wang Wei", "channel", "PHONE",
                "content", "The delivery arrived damaged");
    }
}
