package com.acme.crm.order.order;

import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives the order-service API for order tests: a team with a rep owning a registered customer, a confirmed
 * requirement, a signed quote (and so an order), and plain calls that check the status.
 */
final class OrderApi {

    final WebTestClient web;
    final DatabaseClient db;
    final JsonMapper json;
    final String team = TestTokens.uniqueTeam();
    final String repId = "rep-" + team;
    final String rep = TestTokens.rep(repId, team);
    final String manager = TestTokens.manager("mgr-" + team, team);
    final UUID customer = UUID.randomUUID();

    OrderApi(WebTestClient web, DatabaseClient db, JsonMapper json) {
        this.web = web;
        this.db = db;
        this.json = json;
    }

    /** Registers the customer (as customer-service would) and waits for the ownership projection. */
    OrderApi registered() {
        KafkaProbe.send("crm.customer.events", customer.toString(), """
                {"customerId":"%s","leadId":null,"ownerId":"%s","team":"%s","company":"Acme Tools",
                 "contactFingerprints":[],"registeredAt":"2026-11-23T09:00:00Z"}""".formatted(customer, repId, team)
                .getBytes(StandardCharsets.UTF_8), Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "crm.customer.registered.v1", "ce_source", "/crm/test", "ce_specversion", "1.0",
                "ce_subject", customer.toString(), "ce_time", "2026-11-23T09:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(db,
                "select count(*) from customer_ownership where customer_id = '" + customer + "'") == 1L);
        return this;
    }

    /** O-1 → O-2 → O-3: a confirmed requirement, a quote at list price, signed; returns the quote's id. */
    UUID signedQuote(Instant deliveryBy, String deliveryMeaning) {
        UUID product = UUID.fromString(post(manager, "/api/products", Map.of("code", "P-" + UUID.randomUUID(),
                "name", "Press P-200", "listPrice", new BigDecimal("10000.00")), 201).path("id").asString());
        UUID requirement = UUID.fromString(post(rep, "/api/requirements", Map.of("customerId", customer,
                "lines", List.of(Map.of("productId", product, "spec", "400 t", "quantity", 1)),
                "deliveryBy", deliveryBy.toString(), "deliveryMeaning", deliveryMeaning,
                "deliveryPlace", "Plant 3, Suzhou", "acceptanceCriteria", "8 h at rated load",
                "trainingNeeds", "Two operators", "afterSalesResponseHours", 24), 201).path("id").asString());
        post(rep, "/api/requirements/" + requirement + "/confirmation", null, 200);
        String quote = post(rep, "/api/quotes", Map.of("requirementId", requirement, "offer", Map.of(
                "valuePackage", Map.of("warrantyMonths", 24, "training", "Two operators, one day",
                        "services", List.of("Commissioning")),
                "lines", List.of(Map.of("productId", product, "quantity", 1, "discountPercent", 0)),
                "overallDiscountPercent", BigDecimal.ZERO)), 201).path("id").asString();
        post(rep, "/api/quotes/" + quote + "/signature", null, 200);
        return UUID.fromString(quote);
    }

    /** The order a signed quote opened. */
    UUID orderOf(UUID quote) {
        return db.sql("select id from customer_order where quote_id = :quote").bind("quote", quote)
                .map(row -> row.get(0, UUID.class)).one().block(Duration.ofSeconds(5));
    }

    JsonNode post(String token, String path, Object body, int status) {
        WebTestClient.RequestBodySpec spec = web.post().uri(path).headers(h -> h.setBearerAuth(token));
        WebTestClient.ResponseSpec response = body == null ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        String text = response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody();
        return json.readTree(text == null ? "{}" : text);
    }

    /** A refusal: problem+json with the status. */
    JsonNode problem(String token, String path, Object body, int status) {
        JsonNode problem = post(token, path, body, status);
        assertThat(problem.path("status").asInt()).as(problem.toString()).isEqualTo(status);
        return problem;
    }

    JsonNode get(String token, String path, int status) {
        String text = web.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(text == null ? "{}" : text);
    }

    JsonNode fulfil(UUID order, String stage, String tracking, int status) {
        return post(rep, "/api/orders/" + order + "/fulfilment",
                tracking == null ? Map.of("stage", stage) : Map.of("stage", stage, "trackingNumber", tracking), status);
    }

    JsonNode pay(UUID order, String milestone, String amount, int status) {
        return post(rep, "/api/orders/" + order + "/payments",
                Map.of("milestone", milestone, "amount", new BigDecimal(amount)), status);
    }

    long count(String sql) {
        return TestDatabase.count(db, sql);
    }

    long events(UUID order, String type) {
        return count("select count(*) from outbox_event where message_key = '" + order + "' and event_type = '" + type
                + "'");
    }
}
