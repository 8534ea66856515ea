package com.acme.crm.aftersales.ticket;

import com.acme.crm.aftersales.ServiceTeam;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A-1 on the real broker and PostgreSQL: round-robin assignment over the team's roster, the ticket's walk with an event
 * per transition, a missed first response breaching once after the clock moves and escalating, another team's agent
 * answered 404, and bad input writing and publishing nothing.
 */
@CrmIntegrationTest
class TicketFlowIntegrationTest {

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
    void a1_ticketsAreAssignedRoundRobinOverTheTeamsAgentsWithTheirDeadlinesStored() {
        ServiceTeam team = ServiceTeam.registered(web, db, json);

        JsonNode first = open(team, team.rep, "HARDWARE_FAULT");
        JsonNode second = open(team, team.rep, "OPERATION_QUESTION");

        assertThat(first.path("assigneeId").asString()).isEqualTo(team.agentIds.get(0));
        assertThat(second.path("assigneeId").asString()).isEqualTo(team.agentIds.get(1));
        Instant openedAt = Instant.parse(first.path("openedAt").asString());
        assertThat(Instant.parse(first.path("responseDueAt").asString())).isEqualTo(openedAt.plus(Duration.ofHours(1)));
        assertThat(Instant.parse(first.path("resolutionDueAt").asString()))
                .isEqualTo(openedAt.plus(Duration.ofHours(48)));
        JsonNode opened = team.body(KafkaProbe.awaitEvent(TOPIC, first.path("id").asString(), "crm.ticket.opened.v1"));
        assertThat(opened.path("assigneeId").asString()).isEqualTo(team.agentIds.get(0));
        assertThat(opened.has("description")).isFalse();
    }

    @Test
    void a1_aTicketOfATeamWithoutARosterIsLeftUnassigned() {
        ServiceTeam team = ServiceTeam.registered(web, db, json, false);

        JsonNode ticket = open(team, team.rep, "OPERATION_QUESTION");

        assertThat(ticket.path("assigneeId").isNull()).isTrue();
        team.post(team.agent, "/api/tickets/" + ticket.path("id").asString() + "/responses", null, 200);
    }

    @Test
    void a1_aTicketIsAnsweredResolvedReopenedAndClosedWithAnEventEach() {
        ServiceTeam team = ServiceTeam.registered(web, db, json);
        String id = open(team, team.rep, "SOFTWARE_BUG").path("id").asString();

        team.post(team.agent, "/api/tickets/" + id + "/responses", null, 200);
        team.post(team.agent, "/api/tickets/" + id + "/resolution", null, 200);
        team.post(team.manager, "/api/tickets/" + id + "/reopening", null, 200);
        team.post(team.agent, "/api/tickets/" + id + "/resolution", null, 200);
        JsonNode closed = team.post(team.agent, "/api/tickets/" + id + "/closure", null, 200);

        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        for (String type : new String[] {"crm.ticket.responded.v1", "crm.ticket.resolved.v1",
                "crm.ticket.reopened.v1", "crm.ticket.closed.v1"}) {
            assertThat(team.body(KafkaProbe.awaitEvent(TOPIC, id, type)).path("ticketId").asString()).isEqualTo(id);
        }
        assertThat(team.refusedNaming(team.agent, "/api/tickets/" + id + "/closure", null, 422)).isEqualTo("A-1");
        assertThat(team.get(team.rep, "/api/tickets/" + id, 200).path("status").asString()).isEqualTo("CLOSED");
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void a1_aHardwareFaultWithoutAFirstResponseBreachesOnceAfterTheClockMovesAndIsEscalated() {
        ServiceTeam team = ServiceTeam.registered(web, db, json);
        String id = open(team, team.rep, "HARDWARE_FAULT").path("id").asString();

        clock.advance(Duration.ofMinutes(61));
        jobs.run(TicketClocks.BREACH_JOB).block(Duration.ofSeconds(60));
        jobs.run(TicketClocks.BREACH_JOB).block(Duration.ofSeconds(60));

        JsonNode breach = team.body(KafkaProbe.awaitEvent(TOPIC, id, "crm.ticket.sla-breached.v1"));
        assertThat(breach.path("clock").asString()).isEqualTo("RESPONSE");
        assertThat(breach.path("team").asString()).isEqualTo(team.name);
        assertThat(team.count("select count(*) from outbox_event where event_type = 'crm.ticket.sla-breached.v1'"
                + " and message_key = '" + id + "'")).isEqualTo(1L);
        JsonNode ticket = team.get(team.manager, "/api/tickets/" + id, 200);
        assertThat(ticket.path("escalatedAt").isNull()).isFalse();
        assertThat(ticket.path("responseBreachedAt").isNull()).isFalse();
        assertThat(team.get(team.manager, "/api/tickets?escalated=true", 200).findValuesAsString("id"))
                .containsExactly(id);
    }

    @Test
    void a1_anAgentOfAnotherTeamCannotAnswerTheTicket() {
        ServiceTeam team = ServiceTeam.registered(web, db, json);
        String id = open(team, team.rep, "HARDWARE_FAULT").path("id").asString();
        String stranger = TestTokens.token("agent-x", TestTokens.uniqueTeam(), Role.SERVICE_AGENT);

        team.post(stranger, "/api/tickets/" + id + "/responses", null, 404);

        assertThat(team.get(team.agent, "/api/tickets/" + id, 200).path("status").asString()).isEqualTo("OPEN");
        assertThat(team.count("select count(*) from outbox_event where event_type = 'crm.ticket.responded.v1'"
                + " and message_key = '" + id + "'")).isZero();
    }

    @Test
    void a1_badInputWritesAndPublishesNothing() {
        ServiceTeam team = ServiceTeam.registered(web, db, json);
        String tickets = "select count(*) from ticket where team = '" + team.name + "'";
        String events = "select count(*) from outbox_event where topic = 'crm.aftersales.events'"
                + " and payload->>'team' = '" + team.name + "'";

        JsonNode problem = team.post(team.rep, "/api/tickets", Map.of("customerId", team.customer,
                "type", "BROKEN", "description", "It hums"), 400);
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("type");
        team.post(team.agent, "/api/tickets/" + UUID.randomUUID() + "/responses", null, 404);
        assertThat(team.refusedNaming(team.rep, "/api/tickets", Map.of("customerId", UUID.randomUUID(),
                "type", "SOFTWARE_BUG", "description", "Crash"), 422)).isEqualTo("A-1");

        assertThat(team.count(tickets)).isZero();
        assertThat(team.count(events)).isZero();
    }

    private static JsonNode open(ServiceTeam team, String token, String type) {
        return team.post(token, "/api/tickets", Map.of("customerId", team.customer, "type", type,
                "description", "The press stops after 10 minutes", "priority", "HIGH"), 201);
    }
}
