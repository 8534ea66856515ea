package com.acme.crm.order;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote's signature behind negotiation (O-12) and contract review (O-13) on the real database and broker: a
 * refusal names its rule and writes and publishes nothing (no signature, no order, no outbox row); a deviation agreed
 * in negotiation is a quote revision approved again (B-2); the signed contract is archived at the signature.
 */
@com.acme.crm.chassis.test.CrmIntegrationTest
class SigningGateIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    JsonMapper json;

    @Test
    void o12_anOpenIssueRefusesTheSignatureAndWritesNothingUntilItIsResolved() {
        SalesTeam east = SalesTeam.registered(web, db, json);
        String quote = east.quote("0").path("id").asString();
        String negotiation = east.post(east.manager, "/api/negotiations", negotiation(east, quote,
                "Delivery in six weeks instead of eight"), 201).path("id").asString();
        long events = east.count("select count(*) from outbox_event");

        assertThat(east.refusedNaming(east.rep, "/api/quotes/" + quote + "/signature", null, 422)).isEqualTo("O-12");

        assertNothingSigned(east, quote, events);
        east.post(east.manager, "/api/negotiations/" + negotiation + "/issues/1/resolution",
                Map.of("resolution", "Eight weeks stand; a weekly progress report is added"), 200);
        assertThat(east.post(east.rep, "/api/quotes/" + quote + "/signature", null, 200).path("status").asString())
                .isEqualTo("SIGNED");
        assertThat(east.count("select count(*) from customer_order where quote_id = '" + quote + "'")).isEqualTo(1);
    }

    @Test
    void o12_aDeviationAgreedInNegotiationIsARevisionThatNeedsApprovalAgain() {
        SalesTeam east = SalesTeam.registered(web, db, json);
        JsonNode first = east.quote("0");
        String quote = first.path("id").asString();
        String negotiation = east.post(east.manager, "/api/negotiations", negotiation(east, quote,
                "Customer asks 12 % off"), 201).path("id").asString();
        String revision = east.post(east.rep, "/api/quotes/" + quote + "/revisions",
                offer(first, "12"), 201).path("id").asString();

        assertThat(east.refusedNaming(east.manager, "/api/negotiations/" + negotiation + "/issues/1/resolution",
                Map.of("resolution", "12 % agreed", "revisedQuoteId", east.quote("12").path("id").asString()), 422))
                .isEqualTo("O-12");
        JsonNode resolved = east.post(east.manager, "/api/negotiations/" + negotiation + "/issues/1/resolution",
                Map.of("resolution", "12 % agreed", "revisedQuoteId", revision), 200);

        assertThat(resolved.path("quoteId").asString()).isEqualTo(revision);
        assertThat(east.refusedNaming(east.rep, "/api/quotes/" + revision + "/signature", null, 422))
                .isEqualTo("O-2");
        east.post(east.rep, "/api/quotes/" + revision + "/approval-requests", null, 200);
        east.post(east.manager, "/api/quotes/" + revision + "/decision",
                Map.of("decision", "APPROVE", "comment", "within the bargaining room"), 200);
        east.post(east.rep, "/api/quotes/" + revision + "/signature", null, 200);
    }

    @Test
    void o13_specialClausesNeedTheManagerThenTheGeneralManagerAndTheContractIsArchivedAtTheSignature() {
        SalesTeam east = SalesTeam.registered(web, db, json);
        String quote = east.quote("0").path("id").asString();
        String review = "/api/contract-reviews/" + east.post(east.rep, "/api/contract-reviews", Map.of(
                "quoteId", quote, "terms", Map.of("specialClauses", "Penalty capped at 5 % of the contract value",
                        "documentReference", "DMS-" + east.name)), 201).path("id").asString();
        long events = east.count("select count(*) from outbox_event");

        assertThat(east.refusedNaming(east.rep, "/api/quotes/" + quote + "/signature", null, 422)).isEqualTo("O-13");
        assertThat(east.refusedNaming(east.generalManager, review + "/decision", approve(), 403)).isEqualTo("O-13");
        east.post(east.manager, review + "/decision", approve(), 200);
        assertThat(east.refusedNaming(east.rep, "/api/quotes/" + quote + "/signature", null, 422)).isEqualTo("O-13");
        assertNothingSigned(east, quote, events);
        east.post(east.generalManager, review + "/decision", approve(), 200);
        JsonNode signed = east.post(east.rep, "/api/quotes/" + quote + "/signature", null, 200);

        Instant signedAt = Instant.parse(signed.path("signedAt").asString());
        String archivedAt = db.sql("select archived_at from contract_review where quote_id = :quote")
                .bind("quote", UUID.fromString(quote)).map(row -> row.get(0, Instant.class)).one().block().toString();
        assertThat(Instant.parse(archivedAt)).isEqualTo(signedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    @Test
    void o13_aContractWithoutItsDocumentIsArchivedAfterTheSignatureAndANegotiationIsTheTeamsOnly() {
        SalesTeam east = SalesTeam.registered(web, db, json);
        SalesTeam west = SalesTeam.registered(web, db, json);
        String quote = east.quote("0").path("id").asString();
        String review = "/api/contract-reviews/" + east.post(east.rep, "/api/contract-reviews",
                Map.of("quoteId", quote, "terms", Map.of()), 201).path("id").asString();

        assertThat(east.refusedNaming(east.rep, review + "/archive", Map.of("documentReference", "DMS-1"), 422))
                .isEqualTo("O-13");
        east.post(east.rep, "/api/quotes/" + quote + "/signature", null, 200);
        JsonNode archived = east.post(east.rep, review + "/archive", Map.of("documentReference", "DMS-1"), 200);

        assertThat(archived.path("archivedAt").isNull()).isFalse();
        west.post(west.manager, "/api/negotiations", negotiation(west, quote, "not ours"), 404);
        assertThat(west.get(west.manager, review)).isEqualTo(404);
        assertThat(east.get(east.manager, review)).isEqualTo(200);
    }

    private void assertNothingSigned(SalesTeam team, String quote, long events) {
        assertThat(team.count("select count(*) from quote where id = '" + quote + "' and signed_at is null"))
                .isEqualTo(1);
        assertThat(team.count("select count(*) from customer_order where quote_id = '" + quote + "'")).isZero();
        assertThat(team.count("select count(*) from outbox_event")).isEqualTo(events);
    }

    private static Map<String, Object> negotiation(SalesTeam team, String quote, String openIssue) {
        return Map.of("quoteId", quote, "topic", "Delivery and payment terms", "heldAt", "2026-11-23T09:00:00Z",
                "place", "Customer's plant, meeting room 2",
                "members", List.of(Map.of("memberId", "mgr-" + team.name, "role", "lead negotiator"),
                        Map.of("memberId", team.repId, "role", "commercial")),
                "openIssues", List.of(openIssue));
    }

    private static Map<String, Object> approve() {
        return Map.of("decision", "APPROVE", "comment", "clauses checked");
    }

    private static Object offer(JsonNode quote, String percent) {
        return Map.of("valuePackage", Map.of("warrantyMonths", 24),
                "lines", List.of(Map.of("productId", quote.at("/lines/0/productId").asString(), "quantity", 1,
                        "discountPercent", 0)),
                "overallDiscountPercent", new java.math.BigDecimal(percent));
    }
}
