package com.acme.crm.order;

import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.TestTokens;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * Requirement → quote → approval → signature through the API on the real broker and database (O-1, O-2, B-2, O-16):
 * the events on crm.order.events, bad input writing and publishing nothing, and the data scope of reps and managers.
 */
@CrmIntegrationTest
class QuoteFlowIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    EventSchemas schemas;
    @Autowired
    JsonMapper json;

    @Test
    void aTwelvePercentQuoteIsSignedOnlyAfterTheManagerApproves() {
        Team east = Team.registered();
        UUID requirement = east.confirmedRequirement(this);
        ConsumerRecord<String, byte[]> confirmed = KafkaProbe.awaitEvent("crm.order.events", requirement,
                "crm.requirement.confirmed.v1");
        assertThat(body(confirmed).path("customerId").asString()).isEqualTo(east.customer.toString());

        JsonNode quote = post(east.rep, "/api/quotes", quoteBody(requirement, east.product, "12", null), 201);
        String id = quote.path("id").asString();
        assertThat(quote.path("approvalRequired").asString()).isEqualTo("SALES_MANAGER");
        assertThat(quote.at("/pricing/netTotal").decimalValue()).isEqualByComparingTo("8800.00");

        assertThat(problem(east.rep, "/api/quotes/" + id + "/signature", null, 422).path("rule").asString())
                .isEqualTo("O-2");
        assertThat(status(id)).isEqualTo("ISSUED");
        post(east.rep, "/api/quotes/" + id + "/approval-requests", null, 200);
        assertThat(problem(east.rep, "/api/quotes/" + id + "/decision", decision("APPROVE"), 403).path("rule")
                .asString()).isEqualTo("O-2");
        post(east.manager, "/api/quotes/" + id + "/decision", decision("APPROVE"), 200);
        JsonNode signed = post(east.rep, "/api/quotes/" + id + "/signature", null, 200);

        assertThat(signed.path("status").asString()).isEqualTo("SIGNED");
        for (String type : List.of("crm.quote.issued.v1", "crm.quote.approval-requested.v1", "crm.quote.approved.v1")) {
            ConsumerRecord<String, byte[]> event = KafkaProbe.awaitEvent("crm.order.events", id, type);
            assertThat(body(event).path("quoteId").asString()).isEqualTo(id);
        }
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void b2_aRevisionAfterApprovalNeedsApprovalAgain() {
        Team east = Team.registered();
        UUID requirement = east.confirmedRequirement(this);
        String first = post(east.rep, "/api/quotes", quoteBody(requirement, east.product, "12", null), 201)
                .path("id").asString();
        post(east.rep, "/api/quotes/" + first + "/approval-requests", null, 200);
        post(east.manager, "/api/quotes/" + first + "/decision", decision("APPROVE"), 200);

        JsonNode second = post(east.rep, "/api/quotes/" + first + "/revisions",
                quoteBody(requirement, east.product, "12", null).get("offer"), 201);

        assertThat(second.path("quoteVersion").asInt()).isEqualTo(2);
        assertThat(second.path("status").asString()).isEqualTo("ISSUED");
        assertThat(status(first)).isEqualTo("SUPERSEDED");
        assertThat(problem(east.rep, "/api/quotes/" + second.path("id").asString() + "/signature", null, 422)
                .path("rule").asString()).isEqualTo("O-2");
        assertThat(problem(east.rep, "/api/quotes/" + first + "/signature", null, 422).path("rule").asString())
                .isEqualTo("B-2");
    }

    @Test
    void badInputIsRefusedNamingTheFieldOrRuleAndWritesAndPublishesNothing() {
        Team east = Team.registered();
        UUID requirement = east.confirmedRequirement(this);
        long quotes = count("select count(*) from quote");
        long events = count("select count(*) from outbox_event");

        assertThat(problem(east.rep, "/api/quotes", quoteBody(requirement, east.product, "101", null), 400)
                .toString()).contains("offer.overallDiscountPercent");
        assertThat(problem(east.rep, "/api/quotes", quoteBody(requirement, east.product, "0",
                List.of(Map.of("kind", "PREPAYMENT", "percent", 30), Map.of("kind", "ARRIVAL", "percent", 60),
                        Map.of("kind", "ACCEPTANCE", "percent", 20))), 400).toString()).contains("paymentTerms");
        assertThat(problem(east.rep, "/api/quotes", quoteBody(requirement, UUID.randomUUID(), "0", null), 400)
                .toString()).contains("lines[0].productId");
        assertThat(problem(east.rep, "/api/requirements", requirementBody(UUID.randomUUID(), east.product), 422)
                .path("rule").asString()).isEqualTo("O-1");

        assertThat(count("select count(*) from quote")).isEqualTo(quotes);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }

    @Test
    void aCustomerOfAnotherTeamIsNotFoundAndNothingIsWritten() {
        Team east = Team.registered();
        Team west = Team.registered();
        UUID requirement = east.confirmedRequirement(this);
        String quote = post(east.rep, "/api/quotes", quoteBody(requirement, east.product, "12", null), 201)
                .path("id").asString();
        long requirements = count("select count(*) from requirement");

        problem(west.rep, "/api/requirements", requirementBody(east.customer, east.product), 404);
        problem(west.rep, "/api/quotes", quoteBody(requirement, east.product, "0", null), 404);
        problem(west.manager, "/api/quotes/" + quote + "/decision", decision("APPROVE"), 404);
        web.get().uri("/api/quotes/{id}", quote).headers(h -> h.setBearerAuth(west.manager)).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/quotes/{id}", quote).headers(h -> h.setBearerAuth(east.manager)).exchange()
                .expectStatus().isOk();
        web.get().uri("/api/quotes/{id}", quote)
                .headers(h -> h.setBearerAuth(TestTokens.token("dir-1", null, Role.SALES_DIRECTOR))).exchange()
                .expectStatus().isOk();

        assertThat(count("select count(*) from requirement")).isEqualTo(requirements);
        assertThat(status(quote)).isEqualTo("ISSUED");
    }

    @Test
    void o16_salesSupportDoesNotQuoteButRecordsAnInquiryForTheOwningRep() {
        Team east = Team.registered();
        UUID requirement = east.confirmedRequirement(this);
        String support = TestTokens.token("sup-1", null, Role.SALES_SUPPORT);

        assertThat(problem(support, "/api/quotes", quoteBody(requirement, east.product, "0", null), 403)
                .path("rule").asString()).isEqualTo("O-16");
        JsonNode inquiry = post(support, "/api/inquiries",
                Map.of("customerId", east.customer, "subject", "Asks for a second press"), 201);

        assertThat(inquiry.path("ownerId").asString()).isEqualTo(east.repId);
        assertThat(web.get().uri("/api/inquiries").headers(h -> h.setBearerAuth(east.rep)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains(inquiry.path("id").asString());
    }

    @Test
    void c8_aHandedOverCustomersQuotesFollowItToTheNewOwner() {
        Team east = Team.registered();
        UUID requirement = east.confirmedRequirement(this);
        String quote = post(east.rep, "/api/quotes", quoteBody(requirement, east.product, "0", null), 201)
                .path("id").asString();

        CustomerEvents.handedOver(east.customer, east.repId, "rep-new-" + east.name, east.name);

        await().atMost(Duration.ofSeconds(20)).until(() -> ("rep-new-" + east.name).equals(db.sql(
                "select owner_id from quote where id = :id").bind("id", UUID.fromString(quote))
                .map(row -> row.get(0, String.class)).one().block()));
        web.get().uri("/api/quotes/{id}", quote).headers(h -> h.setBearerAuth(east.rep)).exchange()
                .expectStatus().isNotFound();
    }

    // --- helpers ---

    JsonNode post(String token, String path, Object body, int status) {
        WebTestClient.RequestBodySpec spec = web.post().uri(path).headers(h -> h.setBearerAuth(token));
        WebTestClient.ResponseSpec response = body == null ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        String text = response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody();
        return json.readTree(text == null ? "{}" : text);
    }

    JsonNode problem(String token, String path, Object body, int status) {
        JsonNode problem = post(token, path, body, status);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    private String status(String quote) {
        return db.sql("select status from quote where id = :id").bind("id", UUID.fromString(quote))
                .map(row -> row.get(0, String.class)).one().block();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    private JsonNode body(ConsumerRecord<String, byte[]> record) {
        return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }

    static Map<String, Object> decision(String decision) {
        return Map.of("decision", decision, "comment", "checked against the bargaining room");
    }

    static Map<String, Object> requirementBody(UUID customer, UUID product) {
        return Map.of("customerId", customer,
                "lines", List.of(Map.of("productId", product, "spec", "400 t", "quantity", 1)),
                "deliveryBy", "2027-03-01T00:00:00Z", "deliveryMeaning", "INSTALLATION_COMPLETE",
                "deliveryPlace", "Plant 3, Suzhou", "acceptanceCriteria", "8 h at rated load",
                "trainingNeeds", "Two operators", "afterSalesResponseHours", 24);
    }

    static Map<String, Object> quoteBody(UUID requirement, UUID product, String overallPercent,
                                         List<Map<String, Object>> terms) {
        Map<String, Object> offer = new java.util.HashMap<>(Map.of(
                "valuePackage", Map.of("warrantyMonths", 24, "training", "Two operators, one day",
                        "services", List.of("Commissioning")),
                "lines", List.of(Map.of("productId", product, "quantity", 1, "discountPercent", 0)),
                "overallDiscountPercent", new java.math.BigDecimal(overallPercent)));
        if (terms != null) {
            offer.put("paymentTerms", terms);
        }
        return Map.of("requirementId", requirement, "offer", offer);
    }

    /** A team with a rep owning one registered customer, its manager, and a product listed at 10,000.00. */
    static final class Team {
        final String name = TestTokens.uniqueTeam();
        final String repId = "rep-" + name;
        final String rep = TestTokens.rep(repId, name);
        final String manager = TestTokens.manager("mgr-" + name, name);
        final UUID customer = UUID.randomUUID();
        UUID product;

        static Team registered() {
            Team team = new Team();
            CustomerEvents.registered(team.customer, team.repId, team.name);
            return team;
        }

        UUID confirmedRequirement(QuoteFlowIntegrationTest test) {
            product = UUID.fromString(test.post(manager, "/api/products", Map.of("code", "P-" + UUID.randomUUID(),
                    "name", "Press P-200", "listPrice", new java.math.BigDecimal("10000.00")), 201).path("id").asString());
            await().atMost(Duration.ofSeconds(20)).until(() -> test.db.sql(
                    "select count(*) from customer_ownership where customer_id = :id").bind("id", customer)
                    .map(row -> row.get(0, Long.class)).one().block() == 1L);
            UUID requirement = UUID.fromString(test.post(rep, "/api/requirements", requirementBody(customer, product), 201)
                    .path("id").asString());
            test.post(rep, "/api/requirements/" + requirement + "/confirmation", null, 200);
            return requirement;
        }
    }
}
