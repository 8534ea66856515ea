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
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenders through the API on the real broker and database (O-8, O-11): the whole walk with its events on
 * crm.order.events, a step out of order or by the wrong role writing and publishing nothing, and the data scope.
 */
@CrmIntegrationTest
class TenderFlowIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    EventSchemas schemas;
    @Autowired
    JsonMapper json;

    @Test
    void aTenderIsDecidedDraftedReviewedSignedSubmittedAndWonThenLeadsToAQuote() {
        SalesTeam east = SalesTeam.registered(web, db, json);
        String id = report(east).path("id").asString();
        String tender = "/api/tenders/" + id;

        assertThat(east.refusedNaming(east.rep, tender + "/bid-decision", Map.of("decision", "BID"), 403))
                .isEqualTo("O-8");
        east.post(east.manager, tender + "/bid-decision", Map.of("decision", "BID"), 200);
        assertThat(east.refusedNaming(east.rep, tender + "/submission", null, 422)).isEqualTo("O-11");
        east.post(east.rep, tender + "/bid", Map.of("summary", "Two presses installed", "value", 480000), 200);
        east.post(east.manager, tender + "/bid-review", Map.of("decision", "APPROVE", "comment", "holds"), 200);
        assertThat(east.refusedNaming(east.manager, tender + "/bid-signature", signature(east), 403))
                .isEqualTo("O-11");
        JsonNode signed = east.post(east.generalManager, tender + "/bid-signature", signature(east), 200);
        assertThat(signed.at("/signed/by").asString()).isEqualTo("gm-" + east.name);
        east.post(east.rep, tender + "/submission", null, 200);
        east.post(east.rep, tender + "/outcome", Map.of("outcome", "WON"), 200);
        String quote = east.quote("0").path("id").asString();
        JsonNode linked = east.post(east.rep, tender + "/quote", Map.of("quoteId", quote), 200);

        assertThat(linked.path("status").asString()).isEqualTo("WON");
        assertThat(linked.path("quoteId").asString()).isEqualTo(quote);
        assertThat(body(KafkaProbe.awaitEvent("crm.order.events", id, "crm.tender.reported.v1"))
                .path("estimatedValue").decimalValue()).isEqualByComparingTo("500000.00");
        assertThat(body(KafkaProbe.awaitEvent("crm.order.events", id, "crm.tender.bid-decided.v1"))
                .path("decision").asString()).isEqualTo("BID");
        assertThat(body(KafkaProbe.awaitEvent("crm.order.events", id, "crm.tender.bid-signed.v1"))
                .path("biddingTeam").toString()).contains(east.repId, "eng-" + east.name);
        JsonNode won = body(KafkaProbe.awaitEvent("crm.order.events", id, "crm.tender.outcome-recorded.v1"));
        assertThat(won.path("outcome").asString()).isEqualTo("WON");
        assertThat(won.path("bidValue").decimalValue()).isEqualByComparingTo("480000.00");
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void aStepOutOfOrderOrByTheWrongRoleWritesAndPublishesNothing() {
        SalesTeam east = SalesTeam.registered(web, db, json);
        String id = report(east).path("id").asString();
        long events = east.count("select count(*) from outbox_event");

        assertThat(east.refusedNaming(east.rep, "/api/tenders/" + id + "/bid-decision", Map.of("decision", "BID"),
                403)).isEqualTo("O-8");
        assertThat(east.refusedNaming(east.rep, "/api/tenders/" + id + "/bid",
                Map.of("summary", "early", "value", 1), 422)).isEqualTo("O-11");
        assertThat(east.refusedNaming(east.generalManager, "/api/tenders/" + id + "/bid-signature",
                signature(east), 422)).isEqualTo("O-11");
        assertThat(east.post(east.rep, "/api/tenders", Map.of("customerId", east.customer, "title", "past",
                "submissionDeadline", "2020-01-01T00:00:00Z", "estimatedValue", 1), 400).toString())
                .contains("submissionDeadline");

        assertThat(east.count("select count(*) from outbox_event")).isEqualTo(events);
        assertThat(east.count("select version from tender where id = '" + id + "'")).isZero();
        assertThat(east.count("select count(*) from tender where customer_id = '" + east.customer + "'"))
                .isEqualTo(1);
    }

    @Test
    void aTenderIsSeenByItsRepItsTeamsManagerAndTheWholeOrganisationOnly() {
        SalesTeam east = SalesTeam.registered(web, db, json);
        SalesTeam west = SalesTeam.registered(web, db, json);
        String id = report(east).path("id").asString();

        assertThat(east.get(east.rep, "/api/tenders/" + id)).isEqualTo(200);
        assertThat(east.get(east.manager, "/api/tenders/" + id)).isEqualTo(200);
        assertThat(east.get(TestTokens.token("dir-1", null, Role.SALES_DIRECTOR), "/api/tenders/" + id))
                .isEqualTo(200);
        assertThat(east.get(east.generalManager, "/api/tenders/" + id)).isEqualTo(200);
        assertThat(west.get(west.rep, "/api/tenders/" + id)).isEqualTo(404);
        assertThat(west.get(west.manager, "/api/tenders/" + id)).isEqualTo(404);
        west.post(west.manager, "/api/tenders/" + id + "/bid-decision", Map.of("decision", "BID"), 404);
        west.post(west.rep, "/api/tenders", Map.of("customerId", east.customer, "title", "not ours",
                "submissionDeadline", "2030-01-01T00:00:00Z", "estimatedValue", 1), 404);
        assertThat(east.count("select count(*) from tender where customer_id = '" + east.customer + "'"))
                .isEqualTo(1);
        assertThat(east.count("select version from tender where id = '" + id + "'")).isZero();
    }

    private static JsonNode report(SalesTeam team) {
        return team.post(team.rep, "/api/tenders", Map.of("customerId", team.customer,
                "title", "Line 3 presses, municipal tender", "submissionDeadline", "2030-01-15T02:00:00Z",
                "estimatedValue", 500000), 201);
    }

    private static Map<String, Object> signature(SalesTeam team) {
        return Map.of("biddingTeam", List.of(Map.of("memberId", team.repId, "role", "presenter"),
                Map.of("memberId", "eng-" + team.name, "role", "technical answers")));
    }

    private JsonNode body(ConsumerRecord<String, byte[]> record) {
        return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }
}
