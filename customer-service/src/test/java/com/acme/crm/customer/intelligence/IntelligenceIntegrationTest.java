package com.acme.crm.customer.intelligence;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.LeadServiceStub;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N-9 on the real PostgreSQL and broker: a filed report is stored with its {@code MarketIntelligenceFiled} (no notes,
 * no contact data) in one transaction and reaches {@code crm.customer.events}; refused input writes neither; each
 * caller sees the reports of their scope; a department reader acknowledges once.
 */
@CrmIntegrationTest
class IntelligenceIntegrationTest extends LeadServiceStub {

    static final String FILED = "crm.intelligence.filed.v1";
    static final String DIRECTOR = TestTokens.token("dir-intel", null, Role.SALES_DIRECTOR);

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    Clock clock;
    @Autowired
    JsonMapper json;

    private String team;
    private String rep;
    private String competitor;
    private LocalDate today;

    @BeforeEach
    void aTeam() {
        team = TestTokens.uniqueTeam();
        rep = TestTokens.rep("rep-intel-" + team, team);
        competitor = "Rival-" + UUID.randomUUID();
        today = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    @Test
    void n9_aFiledReportIsStoredAndPublishedOnce_withoutTheNotes() {
        UUID customer = registered(rep);
        Map<String, Object> body = body();
        body.put("customerId", customer.toString());

        JsonNode filed = file(rep, body).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        UUID id = UUID.fromString(filed.get("id").asString());

        assertThat(filed.get("department").asString()).isEqualTo("PRODUCT");
        assertThat(filed.get("team").asString()).isEqualTo(team);
        assertThat(count("select count(*) from intelligence_report where id = '" + id + "'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where event_type = '" + FILED + "' and message_key = '"
                + id + "'")).isEqualTo(1);
        ConsumerRecord<String, byte[]> record = KafkaProbe.awaitEvent("crm.customer.events", id, FILED);
        JsonNode event = json.readTree(record.value());
        assertThat(event.get("competitor").asString()).isEqualTo(competitor);
        assertThat(event.get("product").asString()).isEqualTo("SP-400X");
        assertThat(event.get("price").decimalValue()).isEqualByComparingTo("128000.50");
        assertThat(event.get("currency").asString()).isEqualTo("CNY");
        assertThat(event.get("region").asString()).isEqualTo("East China");
        assertThat(event.get("observedOn").asString()).isEqualTo(today.toString());
        assertThat(event.get("customerId").asString()).isEqualTo(customer.toString());
        assertThat(new String(record.value())).doesNotContain("secret fair gossip");
        assertThat(count("select count(*) from audit_log where resource_type = 'intelligence' and resource_id = '"
                + id + "' and action = 'INTELLIGENCE_FILED'")).isEqualTo(1);
    }

    @Test
    void n9_aDayAfterTodayInShanghaiIsA400NamingObservedOn_nothingWrittenNoEvent() {
        Map<String, Object> body = body();
        body.put("observedOn", today.plusDays(1).toString());

        refused(body, "observedOn");
    }

    @Test
    void n9_aNegativePriceIsA400NamingPrice_nothingWrittenNoEvent() {
        Map<String, Object> body = body();
        body.put("price", -5);

        refused(body, "price");
    }

    @Test
    void n9_aCustomerOutsideTheFilersScopeIsA400NamingCustomerId_nothingWrittenNoEvent() {
        UUID colleagues = registered(TestTokens.rep("rep-other-" + team, team));
        Map<String, Object> body = body();
        body.put("customerId", colleagues.toString());
        refused(body, "customerId");

        body.put("customerId", UUID.randomUUID().toString());
        refused(body, "customerId");
    }

    @Test
    void n9_repsSeeTheirOwn_managersTheTeams_departmentReadersAll() {
        UUID id = filedBy(rep);
        String query = "/api/intelligence?competitor=" + competitor.toUpperCase() + "&from=" + today + "&to=" + today;

        assertThat(ids(rep, query)).containsExactly(id.toString());
        assertThat(ids(TestTokens.rep("rep-mate-" + team, team), query)).isEmpty();
        assertThat(ids(TestTokens.manager("mgr-" + team, team), query)).containsExactly(id.toString());
        assertThat(ids(TestTokens.manager("mgr-other", TestTokens.uniqueTeam()), query)).isEmpty();
        assertThat(ids(DIRECTOR, query + "&department=PRODUCT&status=FILED")).containsExactly(id.toString());
        assertThat(ids(DIRECTOR, query + "&department=PUMPS")).isEmpty();
        assertThat(ids(DIRECTOR, "/api/intelligence?competitor=" + competitor + "&from=" + today.plusDays(1))).isEmpty();
        web.get().uri("/api/intelligence/{id}", id).headers(h -> h.setBearerAuth(TestTokens.rep("rep-mate-" + team,
                team))).exchange().expectStatus().isNotFound();
    }

    @Test
    void n9_aProductDepartmentsSystemReadsTheQueueAndAcknowledgesOnce() {
        UUID id = filedBy(rep);
        String system = TestTokens.systemToken("product-dept-" + team, Scopes.INTELLIGENCE_READ);

        assertThat(ids(system, "/api/intelligence?department=PRODUCT&status=FILED&competitor=" + competitor))
                .containsExactly(id.toString());
        review(system, id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("REVIEWED").jsonPath("$.reviewNote").isEqualTo("passed to pricing");
        review(DIRECTOR, id).expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("N-9");
        review(rep, id).expectStatus().isForbidden();

        assertThat(ids(system, "/api/intelligence?status=FILED&competitor=" + competitor)).isEmpty();
        assertThat(count("select count(*) from audit_log where resource_type = 'intelligence' and resource_id = '"
                + id + "' and action = 'INTELLIGENCE_REVIEWED'")).isEqualTo(1);
        web.get().uri("/api/intelligence").headers(h -> h.setBearerAuth(TestTokens.systemToken("erp",
                Scopes.CUSTOMERS_READ))).exchange().expectStatus().isForbidden();
    }

    private void refused(Map<String, Object> body, String field) {
        file(rep, body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
        assertThat(count("select count(*) from intelligence_report where competitor = '" + competitor + "'")).isZero();
        assertThat(count("select count(*) from outbox_event where event_type = '" + FILED + "'"
                + " and payload->>'competitor' = '" + competitor + "'")).isZero();
    }

    private UUID filedBy(String token) {
        JsonNode filed = file(token, body()).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        return UUID.fromString(filed.get("id").asString());
    }

    private Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("competitor", competitor);
        body.put("product", "SP-400X");
        body.put("price", new java.math.BigDecimal("128000.50"));
        body.put("promotion", "free installation");
        body.put("region", "East China");
        body.put("source", "TRADE_SHOW");
        body.put("observedOn", today.toString());
        body.put("notes", "secret fair gossip");
        return body;
    }

    private WebTestClient.ResponseSpec file(String token, Map<String, Object> body) {
        return web.post().uri("/api/intelligence").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec review(String token, UUID id) {
        return web.post().uri("/api/intelligence/{id}/review", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", "passed to pricing")).exchange();
    }

    private List<String> ids(String token, String uri) {
        JsonNode page = web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private UUID registered(String token) {
        JsonNode created = web.post().uri("/api/customers").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "Intel Co " + UUID.randomUUID(), "contacts", List.of()))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return UUID.fromString(created.get("id").asString());
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
