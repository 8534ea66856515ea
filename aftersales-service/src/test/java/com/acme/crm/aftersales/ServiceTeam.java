package com.acme.crm.aftersales;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A team on the real service: a rep owning one customer registered on crm.customer.events, the team's roster of two
 * service agents on crm.lead.events, its manager, and calls through the API that answer the body as JSON.
 */
public final class ServiceTeam {

    public final String name = TestTokens.uniqueTeam();
    public final String repId = "rep-" + name;
    public final String rep = TestTokens.rep(repId, name);
    public final String manager = TestTokens.manager("mgr-" + name, name);
    public final List<String> agentIds = List.of("agent-a-" + name, "agent-b-" + name);
    public final String agent = TestTokens.token(agentIds.get(0), name, Role.SERVICE_AGENT);
    public final UUID customer = UUID.randomUUID();
    private final WebTestClient web;
    private final DatabaseClient db;
    private final JsonMapper json;

    private ServiceTeam(WebTestClient web, DatabaseClient db, JsonMapper json) {
        this.web = web;
        this.db = db;
        this.json = json;
    }

    /** The team, once aftersales-service has seen its customer registered and its roster set. */
    public static ServiceTeam registered(WebTestClient web, DatabaseClient db, JsonMapper json) {
        return registered(web, db, json, true);
    }

    /** The team's customer registered; with {@code roster}, its roster of two agents set first. */
    public static ServiceTeam registered(WebTestClient web, DatabaseClient db, JsonMapper json, boolean roster) {
        ServiceTeam team = new ServiceTeam(web, db, json);
        if (roster) {
            send("crm.lead.events", team.name, "crm.team.roster-set.v1", """
                    {"team":"%s","members":["%s","%s"],"setBy":"mgr","setAt":"2026-11-23T09:00:00Z"}"""
                    .formatted(team.name, team.agentIds.get(0), team.agentIds.get(1)));
        }
        send("crm.customer.events", team.customer.toString(), "crm.customer.registered.v1", """
                {"customerId":"%s","leadId":null,"ownerId":"%s","team":"%s","company":"Acme Tools",
                 "contactFingerprints":[],"registeredAt":"2026-11-23T09:00:00Z"}"""
                .formatted(team.customer, team.repId, team.name));
        await().atMost(Duration.ofSeconds(20)).until(() -> team.count("select count(*) from customer_ownership"
                + " where customer_id = '" + team.customer + "'") == 1L && team.count(
                "select count(*) from team_member where team = '" + team.name + "'") == (roster ? 2L : 0L));
        return team;
    }

    public JsonNode post(String token, String path, @Nullable Object body, int status) {
        WebTestClient.RequestBodySpec spec = web.post().uri(path).headers(h -> h.setBearerAuth(token));
        WebTestClient.ResponseSpec response = body == null ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        String text = response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody();
        return json.readTree(text == null ? "{}" : text);
    }

    /** A refusal: its status, and the rule it names. */
    public String refusedNaming(String token, String path, @Nullable Object body, int status) {
        JsonNode problem = post(token, path, body, status);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem.path("rule").asString();
    }

    public JsonNode get(String token, String path, int status) {
        String text = web.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(text == null ? "{}" : text);
    }

    public long count(String sql) {
        return TestDatabase.count(db, sql);
    }

    public JsonNode body(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }

    private static void send(String topic, String key, String type, String payload) {
        KafkaProbe.send(topic, key, payload.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", type, "ce_source", "/crm/test",
                "ce_specversion", "1.0", "ce_subject", key, "ce_time", "2026-11-23T09:00:00Z"));
    }
}
