package com.acme.crm.order;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.TestTokens;

import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A team on the real service for the tender and signing-gate walks: a rep owning one registered customer, the team's
 * manager, the general manager, and calls through the API that answer the body as JSON.
 */
final class SalesTeam {

    final String name = TestTokens.uniqueTeam();
    final String repId = "rep-" + name;
    final String rep = TestTokens.rep(repId, name);
    final String manager = TestTokens.manager("mgr-" + name, name);
    final String generalManager = TestTokens.token("gm-" + name, null, Role.GENERAL_MANAGER);
    final UUID customer = UUID.randomUUID();
    private final WebTestClient web;
    private final DatabaseClient db;
    private final JsonMapper json;

    private SalesTeam(WebTestClient web, DatabaseClient db, JsonMapper json) {
        this.web = web;
        this.db = db;
        this.json = json;
    }

    /** The team, once order-service has seen its customer registered on crm.customer.events. */
    static SalesTeam registered(WebTestClient web, DatabaseClient db, JsonMapper json) {
        SalesTeam team = new SalesTeam(web, db, json);
        CustomerEvents.registered(team.customer, team.repId, team.name);
        await().atMost(Duration.ofSeconds(20)).until(() -> team.count(
                "select count(*) from customer_ownership where customer_id = '" + team.customer + "'") == 1L);
        return team;
    }

    /** An issued quote at {@code percent} off a 10,000.00 list price, from a confirmed requirement. */
    JsonNode quote(String percent) {
        UUID product = UUID.fromString(post(manager, "/api/products", Map.of("code", "P-" + UUID.randomUUID(),
                "name", "Press P-200", "listPrice", new BigDecimal("10000.00")), 201).path("id").asString());
        String requirement = post(rep, "/api/requirements",
                QuoteFlowIntegrationTest.requirementBody(customer, product), 201).path("id").asString();
        post(rep, "/api/requirements/" + requirement + "/confirmation", null, 200);
        return post(rep, "/api/quotes", QuoteFlowIntegrationTest.quoteBody(UUID.fromString(requirement), product,
                percent, null), 201);
    }

    JsonNode post(String token, String path, Object body, int status) {
        WebTestClient.RequestBodySpec spec = web.post().uri(path).headers(h -> h.setBearerAuth(token));
        WebTestClient.ResponseSpec response = body == null ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        String text = response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody();
        return json.readTree(text == null ? "{}" : text);
    }

    /** A refusal: its status, and the rule it names. */
    String refusedNaming(String token, String path, Object body, int status) {
        JsonNode problem = post(token, path, body, status);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem.path("rule").asString();
    }

    int get(String token, String path) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectBody(String.class)
                .returnResult().getStatus().value();
    }

    long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }
}
