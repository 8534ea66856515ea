package com.acme.crm.lead.lead;

import com.acme.crm.lead.Leads;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.chassis.test.KafkaProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CrmIntegrationTest
class LeadLifecycleIntegrationTest {

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

    /** Every event the commands above wrote validates against its published schema. */
    @AfterEach
    void everyEventWrittenValidatesAgainstItsSchema() {
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void l3_aCaptureWithTheSamePhoneIsMergedIntoTheOpenLead() {
        String team = team();
        String rep = rep("rep-a", team);
        Map<String, Object> first = Leads.websiteLead("Li Wei");
        String id = created(capture(rep, first));
        long leadsBefore = count("select count(*) from lead");

        Map<String, Object> again = Map.of("name", "Li Wei (trade show)", "phone", first.get("phone").toString()
                .replace(" ", "-"), "channel", "TRADE_SHOW");
        capture(rep, again).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.outcome").isEqualTo("MERGED");

        assertThat(count("select count(*) from lead")).isEqualTo(leadsBefore);
        assertThat(count("select count(*) from lead_capture where lead_id = '" + id + "'")).isEqualTo(2);
        awaitEvent(id, "crm.lead.merged.v1");
    }

    @Test
    void l3_aCaptureMatchingAKnownCustomerIsLinkedToIt() {
        String phone = Leads.uniquePhone();
        UUID customer = UUID.randomUUID();
        String fingerprint = fingerprints().ofPhone(phone);
        publishCustomerRegistered(customer, null, List.of(fingerprint));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("select count(*) from customer_fingerprint where customer_id = '" + customer + "'") == 1);
        capture(rep("rep-a", team()), Map.of("name", "Old Friend", "phone", phone, "channel", "COLD_CALL"))
                .expectStatus().isCreated().expectBody().jsonPath("$.linkedCustomerId").isEqualTo(customer.toString());
    }

    @Test
    void l6_aGradedLeadConvertsAndLearnsItsCustomerId() {
        String rep = rep("rep-c", team());
        String id = created(capture(rep, Leads.tradeShowLead("Zhou Min")));

        post(rep, id, "contacts", Map.of("method", "PHONE", "direction", "OUTBOUND", "outcome", "MEETING_AGREED"))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CONTACTED");
        post(rep, id, "conversion", Map.of()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("L-6");
        post(rep, id, "grade", Map.of("grade", "B")).expectStatus().isOk().expectBody().jsonPath("$.grade").isEqualTo("B");
        post(rep, id, "conversion", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CONVERTED");

        ConsumerRecord<String, byte[]> converted = awaitEvent(id, "crm.lead.converted.v1");
        JsonNode payload = json.readTree(converted.value());
        assertThat(payload.get("grade").asString()).isEqualTo("B");
        assertThat(payload.get("contactFingerprints")).hasSize(2);
        String customerService = TestTokens.systemToken("customer-service", Scopes.LEADS_CONTACT_READ);
        web.get().uri("/api/leads/{id}/contact", id).headers(h -> h.setBearerAuth(customerService))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("Zhou Min");

        UUID customer = UUID.randomUUID();
        publishCustomerRegistered(customer, UUID.fromString(id), List.of());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(rep, id).expectBody()
                .jsonPath("$.customerId").isEqualTo(customer.toString()));
    }

    @Test
    void l2_aLeadPastItsDeadlineBreachesOnceWhenTheClockMoves() {
        String rep = rep("rep-d", team());
        String id = created(capture(rep, Leads.websiteLead("Qian Hao")));

        clock.advance(Duration.ofHours(49));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(rep, id).expectBody()
                .jsonPath("$.firstContactBreachedAt").exists()
                .jsonPath("$.overdue").isEqualTo(true)
                .jsonPath("$.status").isEqualTo("NEW"));
        awaitEvent(id, "crm.lead.first-contact-sla-breached.v1");
        clock.advance(Duration.ofHours(1));
        try (KafkaProbe probe = KafkaProbe.on("crm.lead.events")) {
            assertThat(probe.all(r -> id.equals(r.key())
                    && "crm.lead.first-contact-sla-breached.v1".equals(header(r, "ce_type")), Duration.ofSeconds(3)))
                    .as("one breach, one event").hasSize(1);
        }
    }

    @Test
    void l7_aLeadUntouchedForAQuarterGetsANurtureTaskThatAContactCloses() {
        String rep = rep("rep-n", team());
        String id = created(capture(rep, Leads.websiteLead("Sun Yue")));
        post(rep, id, "contacts", Map.of("method", "PHONE", "direction", "OUTBOUND", "outcome", "REACHED"))
                .expectStatus().isOk();

        clock.advance(Duration.ofDays(91));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/lead-tasks")
                .headers(h -> h.setBearerAuth(rep)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.leadId == '" + id + "')].kind").isEqualTo(List.of("NURTURE")));
        awaitEvent(id, "crm.lead.nurture-task-due.v1");

        post(rep, id, "contacts", Map.of("method", "WECHAT", "direction", "OUTBOUND", "outcome", "REACHED"))
                .expectStatus().isOk();
        web.get().uri("/api/lead-tasks").headers(h -> h.setBearerAuth(rep)).exchange().expectBody()
                .jsonPath("$[?(@.leadId == '" + id + "')]").doesNotExist();
    }

    @Test
    void l8_aManagersCapturesGoRoundTheTeamAndReassignmentKeepsHistory() {
        String team = team();
        String manager = TestTokens.token("mgr-" + team, team, Role.SALES_MANAGER);
        web.put().uri("/api/teams/{team}/members", team).headers(h -> h.setBearerAuth(manager))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("members", List.of("r1", "r2")))
                .exchange().expectStatus().isOk();

        List<String> owners = new java.util.ArrayList<>();
        String first = null;
        for (int i = 0; i < 4; i++) {
            JsonNode lead = capture(manager, Leads.websiteLead("Round " + i)).expectStatus().isCreated()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            owners.add(lead.get("ownerId").asString());
            first = first == null ? lead.get("id").asString() : first;
        }
        assertThat(owners).containsExactly("r1", "r2", "r1", "r2");

        String id = first;
        post(rep("r1", team), id, "assignment", Map.of("ownerId", "r2")).expectStatus().isForbidden();
        post(manager, id, "assignment", Map.of("ownerId", "stranger")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ownerId");
        JsonNode reassigned = post(manager, id, "assignment", Map.of("ownerId", "r2")).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(reassigned.get("ownerId").asString()).isEqualTo("r2");
        assertThat(reassigned.get("firstContactDueAt").asString())
                .isEqualTo(get(manager, id).expectBody(JsonNode.class).returnResult().getResponseBody()
                        .get("firstContactDueAt").asString());
        web.get().uri("/api/leads/{id}/history", id).headers(h -> h.setBearerAuth(manager)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.action == 'ASSIGNED')].details.previous").isEqualTo(List.of("r1"))
                .jsonPath("$[?(@.action == 'CAPTURED')].details.owner").isEqualTo(List.of("r1"));
        awaitEvent(id, "crm.lead.assigned.v1");
    }

    @Test
    void l8_aReassignedLeadTakesItsOpenNurtureTaskToTheNewOwner() {
        String team = team();
        String previous = rep("rep-t1", team);
        String next = rep("rep-t2", team);
        String id = created(capture(previous, Leads.websiteLead("Ye Qing")));

        clock.advance(Duration.ofDays(91));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> tasks(previous)
                .jsonPath("$[?(@.leadId == '" + id + "')].kind").isEqualTo(List.of("NURTURE")));

        post(TestTokens.manager("mgr-" + team, team), id, "assignment", Map.of("ownerId", "rep-t2"))
                .expectStatus().isOk();

        tasks(next).jsonPath("$[?(@.leadId == '" + id + "')].kind").isEqualTo(List.of("NURTURE"))
                .jsonPath("$[?(@.leadId == '" + id + "')].ownerId").isEqualTo(List.of("rep-t2"));
        tasks(previous).jsonPath("$[?(@.leadId == '" + id + "')]").doesNotExist();
    }

    private WebTestClient.BodyContentSpec tasks(String token) {
        return web.get().uri("/api/lead-tasks").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody();
    }

    @Test
    void l5_anArchivedLeadLeavesTheQueueWithItsReasonAndCanBeReopened() {
        String team = team();
        String rep = rep("rep-z", team);
        String id = created(capture(rep, Leads.websiteLead("Spam Bot")));

        post(rep, id, "archive", Map.of("reason", "LOST_INTEREST")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        post(rep, id, "archive", Map.of("reason", "SPAM")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ARCHIVED").jsonPath("$.archiveReason").isEqualTo("SPAM");
        queue(rep, "").jsonPath("$.totalItems").isEqualTo(0);
        queue(rep, "?status=ARCHIVED").jsonPath("$.totalItems").isEqualTo(1);

        post(rep, id, "reopen", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("NEW");
        queue(rep, "").jsonPath("$.totalItems").isEqualTo(1);
        awaitEvent(id, "crm.lead.archived.v1");
        awaitEvent(id, "crm.lead.reopened.v1");
    }

    @Test
    void b1_aSecondOutboundContactTheSameDayIsRefusedAndChangesNothing() {
        String rep = rep("rep-b", team());
        String id = created(capture(rep, Leads.websiteLead("Ma Lin")));
        // Both calls at one instant, so they fall on the same calendar day whenever the test runs.
        String at = clock.instant().toString();
        Map<String, Object> call = Map.of("method", "PHONE", "direction", "OUTBOUND", "outcome", "NO_ANSWER", "at", at);
        post(rep, id, "contacts", call).expectStatus().isOk();
        long events = count("select count(*) from outbox_event where message_key = '" + id + "'");

        post(rep, id, "contacts", call).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("B-1");
        post(rep, id, "contacts", Map.of("method", "PHONE", "direction", "INBOUND", "outcome", "REACHED", "at", at))
                .expectStatus().isOk();

        assertThat(count("select count(*) from lead_contact where lead_id = '" + id + "'")).isEqualTo(2);
        assertThat(count("select count(*) from outbox_event where message_key = '" + id + "'")).isEqualTo(events + 1);
    }

    @Test
    void aRepCannotTouchAnotherTeamsLead() {
        String id = created(capture(rep("rep-x", team()), Leads.websiteLead("Private")));
        String stranger = rep("rep-y", team());

        post(stranger, id, "contacts", Map.of("method", "PHONE", "direction", "OUTBOUND", "outcome", "REACHED"))
                .expectStatus().isNotFound();
        post(stranger, id, "archive", Map.of("reason", "SPAM")).expectStatus().isNotFound();
        web.get().uri("/api/leads/{id}/history", id).headers(h -> h.setBearerAuth(stranger)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void importsATradeShowListRowByRowAndOneBadRowLosesNothing() {
        String team = team();
        String manager = TestTokens.token("mgr-" + team, team, Role.SALES_MANAGER);
        Map<String, Object> good = Leads.tradeShowLead("Good Row");
        List<Map<String, Object>> rows = List.of(good, Map.of("name", "", "channel", "TRADE_SHOW"),
                Leads.tradeShowLead("Another Good Row"),
                Map.of("name", "Same As First", "phone", good.get("phone"), "channel", "TRADE_SHOW"));

        web.post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(manager))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(rows).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(4)
                .jsonPath("$.created").isEqualTo(2)
                .jsonPath("$.merged").isEqualTo(1)
                .jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.rows[1].outcome").isEqualTo("REJECTED")
                .jsonPath("$.rows[1].errors[?(@.field == 'name')]").exists()
                .jsonPath("$.rows[3].outcome").isEqualTo("MERGED");

        String csv = "name,company,phone,email,channel,notes\n"
                + "\"Wu, Fang\",Ningbo Moulds," + Leads.uniquePhone() + ",,TRADE_SHOW,\"said \"\"call me\"\"\"\n"
                + "Bad Channel,,13900001111,,FAX,\n";
        web.post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(manager))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(1)
                .jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.rows[1].errors[0].field").isEqualTo("channel");
        queue(manager, "?size=50").jsonPath("$.items[?(@.name == 'Wu, Fang')].notes").isEqualTo(List.of("said \"call me\""));
    }

    private com.acme.crm.chassis.privacy.ContactFingerprints fingerprints() {
        return new com.acme.crm.chassis.privacy.ContactFingerprints("local-development-salt-change-me");
    }

    private void publishCustomerRegistered(UUID customer, UUID leadId, List<String> fingerprints) {
        byte[] payload = json.writeValueAsString(new java.util.LinkedHashMap<String, Object>() {{
            put("customerId", customer.toString());
            put("leadId", leadId == null ? null : leadId.toString());
            put("ownerId", "rep-a");
            put("team", "east");
            put("company", "Acme");
            put("contactFingerprints", fingerprints);
            put("registeredAt", "2026-11-23T09:00:00Z");
        }}).getBytes(StandardCharsets.UTF_8);
        KafkaProbe.send("crm.customer.events", customer.toString(), payload, Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", "crm.customer.registered.v1",
                "ce_source", "/crm/customer-service", "ce_specversion", "1.0", "ce_subject", customer.toString(),
                "ce_time", "2026-11-23T09:00:00Z"));
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(String leadId, String type) {
        return KafkaProbe.awaitEvent("crm.lead.events", leadId, type);
    }

    private WebTestClient.BodyContentSpec queue(String token, String query) {
        return web.get().uri("/api/leads" + query).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody();
    }

    private WebTestClient.ResponseSpec capture(String token, Map<String, ?> body) {
        return web.post().uri("/api/leads").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec post(String token, String id, String command, Map<String, ?> body) {
        return web.post().uri("/api/leads/{id}/" + command, id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String token, String id) {
        return web.get().uri("/api/leads/{id}", id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static String created(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }

    private static String rep(String id, String team) {
        return TestTokens.rep(id, team);
    }

    private static String team() {
        return TestTokens.uniqueTeam();
    }
}
