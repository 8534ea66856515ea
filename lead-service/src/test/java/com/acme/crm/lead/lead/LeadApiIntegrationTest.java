package com.acme.crm.lead.lead;

import com.acme.crm.lead.Leads;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.events.EventCatalog;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.chassis.test.KafkaProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

@CrmIntegrationTest
class LeadApiIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    EventSchemas schemas;
    @Autowired
    JsonMapper json;
    @Autowired
    AdjustableClock clock;

    @Test
    void l1_l2_capturesALeadWithItsDeadlinesAndPublishesLeadCapturedWithoutContactData() {
        JsonNode lead = capture(rep("rep-1", "east"), Leads.tradeShowLead("Li Wei"))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/leads/[0-9a-f-]{36}")
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        Instant captured = Instant.parse(lead.get("capturedAt").asString());
        assertThat(lead.get("status").asString()).isEqualTo("NEW");
        assertThat(lead.get("ownerId").asString()).isEqualTo("rep-1");
        assertThat(lead.get("team").asString()).isEqualTo("east");
        assertThat(Instant.parse(lead.get("firstContactDueAt").asString())).isEqualTo(captured.plus(Duration.ofHours(48)));
        assertThat(Instant.parse(lead.get("followUpEmailDueAt").asString())).isEqualTo(captured.plus(Duration.ofHours(24)));

        String id = lead.get("id").asString();
        try (KafkaProbe probe = KafkaProbe.on("crm.lead.events")) {
            ConsumerRecord<String, byte[]> record = probe.await(KafkaProbe.subject(id), Duration.ofSeconds(15));
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(header(record, "ce_type")).isEqualTo("crm.lead.captured.v1");
            assertThat(record.key()).isEqualTo(id);
            assertThat(schemas.violations(EventCatalog.byType("crm.lead.captured.v1").orElseThrow(), json.readTree(payload)))
                    .as("the published event validates against its schema").isEmpty();
            String phoneDigits = lead.get("phone").asString().replaceAll("\\D", "");
            assertThat(payload).as("B-3: no contact data in events")
                    .doesNotContain(phoneDigits).doesNotContain(phoneDigits.substring(2)).doesNotContain("@hzpumps")
                    .doesNotContain("Li Wei");
            assertThat(json.readTree(payload).get("contactFingerprints")).hasSize(2);
        }
    }

    @Test
    void rejectsBadInputNamingTheFieldAndWritesAndPublishesNothing() {
        long leadsBefore = count("select count(*) from lead");
        long eventsBefore = count("select count(*) from outbox_event");

        expectFieldError(Map.of("phone", "13800138000", "channel", "WEBSITE"), "name");
        expectFieldError(Map.of("name", "Li Wei", "email", "not-an-email", "channel", "WEBSITE"), "email");
        expectFieldError(Map.of("name", "Li Wei", "phone", "call me", "channel", "WEBSITE"), "phone");
        expectFieldError(Map.of("name", "Li Wei", "channel", "WEBSITE"), "phone");
        expectFieldError(Map.of("name", "Li Wei", "phone", "13800138000", "channel", "CARRIER_PIGEON"), "channel");
        expectFieldError(Map.of("name", "Li Wei", "phone", "13800138000"), "channel");
        expectFieldError(Map.of("name", "Li Wei", "phone", "13800138000", "channel", "REFERRAL"), "referrerCustomerId");

        assertThat(count("select count(*) from lead")).isEqualTo(leadsBefore);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(eventsBefore);
    }

    @Test
    void aRequestWithoutATokenIsUnauthorisedAndTheWrongRoleForbidden() {
        web.post().uri("/api/leads").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Leads.websiteLead("Zhang San"))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        capture(TestTokens.token("svc-1", "east", Role.SERVICE_AGENT), Leads.websiteLead("Zhang San"))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/leads").headers(h -> h.setBearerAuth(TestTokens.token("svc-1", "east", Role.SERVICE_AGENT)))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void l8_onlyAManagerAssignsALeadToSomeoneElse() {
        Map<String, Object> forRep2 = new HashMap<>(Leads.websiteLead("Wang Fang"));
        forRep2.put("ownerId", "rep-2");

        capture(rep("rep-1", "east"), forRep2).expectStatus().isForbidden();
        capture(manager("mgr-east", "east"), forRep2).expectStatus().isCreated()
                .expectBody().jsonPath("$.ownerId").isEqualTo("rep-2").jsonPath("$.team").isEqualTo("east");
    }

    @Test
    void dataScope_aRepSeesOwnLeadsAManagerTheTeamsAndAnotherTeamNothing() {
        String repToken = rep("rep-3", "west");
        Map<String, Object> request = Leads.websiteLead("Chen Jie");
        String id = idOf(capture(repToken, request));

        get(repToken, id).expectStatus().isOk().expectBody().jsonPath("$.phone").isEqualTo(request.get("phone"));
        get(manager("mgr-west", "west"), id).expectStatus().isOk();
        get(rep("rep-4", "west"), id).expectStatus().isNotFound();
        get(manager("mgr-east", "east"), id).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get(TestTokens.token("dir-1", null, Role.SALES_DIRECTOR), id).expectStatus().isOk();
        assertThat(count("select count(*) from audit_log where action = 'CONTACT_READ' and resource_id = '" + id
                + "' and actor = 'mgr-west'")).as("B-3: a non-owner's read is audited").isOne();
    }

    @Test
    void b3_supportReadsLeadsWithContactDataAuditedAndOthersOutsideSalesMasked() {
        String id = idOf(capture(rep("rep-1", "east"), Leads.websiteLead("Zhao Lei", "+86 138 1234 5678")));

        get(TestTokens.token("sup-1", "east", Role.SALES_SUPPORT), id).expectStatus().isOk().expectBody()
                .jsonPath("$.phone").isEqualTo("+86 138 1234 5678")
                .jsonPath("$.contactMasked").isEqualTo(false);
        assertThat(count("select count(*) from audit_log where action = 'CONTACT_READ' and resource_id = '" + id
                + "' and actor = 'sup-1'")).as("B-3: support is in the sales department, its reads audited").isOne();
        get(TestTokens.systemToken("reporting", Scopes.LEADS_READ), id).expectStatus().isOk().expectBody()
                .jsonPath("$.phone").isEqualTo("861****5678")
                .jsonPath("$.contactMasked").isEqualTo(true);
    }

    @Test
    void theQueueIsFilteredSortedByDeadlineAndPaged() {
        String team = "queue-" + UUID.randomUUID().toString().substring(0, 8);
        String repToken = rep("rep-q", team);
        for (int i = 0; i < 5; i++) {
            capture(repToken, Leads.websiteLead("Lead " + i)).expectStatus().isCreated();
        }
        capture(repToken, Leads.tradeShowLead("Trade Show Lead")).expectStatus().isCreated();

        web.get().uri("/api/leads?size=2&page=1").headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.totalItems").isEqualTo(6)
                .jsonPath("$.totalPages").isEqualTo(3);
        web.get().uri("/api/leads?channel=TRADE_SHOW").headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].name").isEqualTo("Trade Show Lead");
        JsonNode page = web.get().uri("/api/leads?size=50").headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        Instant previous = Instant.MIN;
        for (JsonNode item : page.get("items")) {
            Instant due = Instant.parse(item.get("firstContactDueAt").asString());
            assertThat(due).isAfterOrEqualTo(previous);
            previous = due;
        }
        web.get().uri("/api/leads?size=1000").headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        web.get().uri("/api/leads?sort=name").headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
    }

    @Test
    void l2_aLeadPastItsDeadlineShowsAsOverdueInTheQueue() {
        String team = "sla-" + UUID.randomUUID().toString().substring(0, 8);
        String repToken = rep("rep-s", team);
        String id = idOf(capture(repToken, Leads.websiteLead("Sun Li")));

        web.get().uri("/api/leads?overdue=true").headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);

        clock.advance(Duration.ofHours(49));

        web.get().uri("/api/leads?overdue=true").headers(h -> h.setBearerAuth(repToken)).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(id)
                .jsonPath("$.items[0].overdue").isEqualTo(true);
    }

    private WebTestClient.ResponseSpec capture(String token, Map<String, Object> body) {
        return web.post().uri("/api/leads").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String token, String id) {
        return web.get().uri("/api/leads/{id}", id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private void expectFieldError(Map<String, Object> body, String field) {
        capture(rep("rep-1", "east"), body)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
    }

    private static String idOf(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }

    private static String rep(String id, String team) {
        return TestTokens.rep(id, team);
    }

    private static String manager(String id, String team) {
        return TestTokens.token(id, team, Role.SALES_MANAGER);
    }
}
