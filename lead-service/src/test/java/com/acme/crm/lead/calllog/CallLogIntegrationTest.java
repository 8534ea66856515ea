package com.acme.crm.lead.calllog;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.lead.Leads;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R-2 on the real PostgreSQL and broker: the day's phone calls gather into the rep's log (lead contacts recorded
 * here, customer touches from customer-service's CustomerContacted, once per event, on their Shanghai day), the rep
 * closes it before the evening meeting (17:29 on time, 17:31 late), CallLogClosed goes out keyed by the rep, and the
 * manager sees who has not closed theirs and reviews.
 */
@CrmIntegrationTest
class CallLogIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

    @AfterEach
    void everyEventWrittenValidatesAgainstItsSchema() {
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void r2_customerTouchesByPhoneLandOnTheirShanghaiDayOnceEachRedeliveryIncluded() {
        String team = TestTokens.uniqueTeam();
        String rep = "rep-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = today().plusDays(1);
        UUID customer = UUID.randomUUID();
        UUID morning = UUID.randomUUID();
        Instant previousEvening = day.minusDays(1).atTime(23, 30).atZone(ZoneId.of("UTC")).toInstant(); // 07:30 Shanghai
        Instant dayBefore = day.minusDays(1).atTime(15, 30).atZone(ZoneId.of("UTC")).toInstant(); // 23:30 the day before

        contacted(morning, customer, rep, team, "PHONE", previousEvening);
        contacted(morning, customer, rep, team, "PHONE", previousEvening); // redelivered
        contacted(UUID.randomUUID(), customer, rep, team, "PHONE", dayBefore);
        contacted(UUID.randomUUID(), customer, rep, team, "WECHAT", previousEvening.plusSeconds(60));
        UUID last = UUID.randomUUID();
        contacted(last, customer, rep, team, "EMAIL", previousEvening.plusSeconds(120));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbox_event where consumer = "
                + "'lead-call-logs' and event_id = '" + last + "'") == 1);
        String token = TestTokens.rep(rep, team);
        web.get().uri("/api/call-logs/{rep}/{date}", rep, day).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.tally.customerCalls").isEqualTo(1)
                .jsonPath("$.entries.customerCalls.length()").isEqualTo(1)
                .jsonPath("$.entries.customerCalls[0].customerId").isEqualTo(customer.toString())
                .jsonPath("$.closed").isEqualTo(false);
        web.get().uri("/api/call-logs/{rep}/{date}", rep, day.minusDays(1)).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.tally.customerCalls").isEqualTo(1);
        assertThat(count("select count(*) from customer_call where rep_id = '" + rep + "'"))
                .as("redelivery counted once, other channels not kept").isEqualTo(2);
    }

    @Test
    void r2_theRepClosesBeforeTheEveningMeetingAndTheManagerSeesWhoHasNot() {
        String team = TestTokens.uniqueTeam();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String repA = "rep-a-" + suffix;
        String repB = "rep-b-" + suffix;
        String a = TestTokens.rep(repA, team);
        String b = TestTokens.rep(repB, team);
        String manager = TestTokens.manager("mgr-" + suffix, team);
        web.put().uri("/api/teams/{team}/members", team).headers(h -> h.setBearerAuth(manager))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("members", List.of(repA, repB))).exchange()
                .expectStatus().isOk();
        LocalDate day = moveTo(today().plusDays(1), LocalTime.of(10, 0));

        String lead = capture(a, Leads.websiteLead("Lu Yang"));
        contact(a, lead, "PHONE", "REACHED");
        contact(a, lead, "EMAIL", "LEFT_MESSAGE"); // not a call
        UUID customer = UUID.randomUUID();
        contacted(UUID.randomUUID(), customer, repA, team, "PHONE", clock.instant().minusSeconds(1800));
        post(a, repA, day, "calls", Map.of("outcome", "NO_ANSWER", "note", "a supplier's front desk")).expectStatus().isOk();
        post(a, repA, day, "questions", Map.of("text", "Can we quote DN50 valves in stainless?", "leadId", lead))
                .expectStatus().isOk();
        long rowsBefore = count("select count(*) from call_log_call where rep_id = '" + repA + "'");
        post(a, repA, day, "calls", Map.of("outcome", "REACHED", "at", day.minusDays(1).atTime(12, 0).atZone(SHANGHAI)
                .toInstant().toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("at");
        assertThat(count("select count(*) from call_log_call where rep_id = '" + repA + "'")).isEqualTo(rowsBefore);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from customer_call where rep_id = '"
                + repA + "'") == 1);

        moveTo(day, LocalTime.of(17, 29));
        post(a, repA, day, "closure", null).expectStatus().isOk().expectBody()
                .jsonPath("$.closed").isEqualTo(true)
                .jsonPath("$.late").isEqualTo(false)
                .jsonPath("$.tally.leadCalls").isEqualTo(1)
                .jsonPath("$.tally.customerCalls").isEqualTo(1)
                .jsonPath("$.tally.otherCalls").isEqualTo(1)
                .jsonPath("$.tally.effectiveCalls").isEqualTo(1)
                .jsonPath("$.tally.openQuestions").isEqualTo(1);
        ConsumerRecord<String, byte[]> closed = KafkaProbe.awaitEvent("crm.lead.events", repA, "crm.calllog.closed.v1");
        String payload = new String(closed.value(), StandardCharsets.UTF_8);
        JsonNode event = json.readTree(payload);
        assertThat(event.get("date").asString()).isEqualTo(day.toString());
        assertThat(event.get("team").asString()).isEqualTo(team);
        assertThat(event.get("leadCalls").asInt()).isEqualTo(1);
        assertThat(event.get("customerCalls").asInt()).isEqualTo(1);
        assertThat(event.get("otherCalls").asInt()).isEqualTo(1);
        assertThat(event.get("late").asBoolean()).isFalse();
        assertThat(payload).as("B-3: counts only").doesNotContain("DN50").doesNotContain("front desk")
                .doesNotContain("+86").doesNotContain("Lu Yang").doesNotContain(customer.toString());

        post(a, repA, day, "closure", null).expectStatus().isEqualTo(409).expectBody().jsonPath("$.rule").isEqualTo("R-2");
        post(b, repA, day, "closure", null).expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("R-2");
        post(a, repA, day.plusDays(1), "closure", null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("R-2");
        assertThat(count("select count(*) from call_log where rep_id = '" + repA + "' and log_date > '" + day + "'"))
                .as("a refused closure stores nothing").isZero();
        teamView(manager, day).jsonPath("$.notClosed").isEqualTo(List.of(repB))
                .jsonPath("$.closed").isEqualTo(1)
                .jsonPath("$.logs.items[0].repId").isEqualTo(repA)
                .jsonPath("$.logs.items[0].closed").isEqualTo(true)
                .jsonPath("$.logs.items[1].repId").isEqualTo(repB)
                .jsonPath("$.logs.items[1].closed").isEqualTo(false);
        teamView(TestTokens.manager("mgr-other", TestTokens.uniqueTeam()), day).jsonPath("$.members").isEqualTo(0);

        moveTo(day, LocalTime.of(17, 31));
        post(b, repB, day, "closure", null).expectStatus().isOk().expectBody().jsonPath("$.late").isEqualTo(true);
        KafkaProbe.awaitEvent("crm.lead.events", repB, "crm.calllog.closed.v1");
        teamView(manager, day).jsonPath("$.notClosed.length()").isEqualTo(0).jsonPath("$.closed").isEqualTo(2);

        post(manager, repA, day, "review", Map.of("comment", "Ask product about stainless DN50")).expectStatus().isOk()
                .expectBody().jsonPath("$.reviewedBy").isEqualTo("mgr-" + suffix);
        post(TestTokens.manager("mgr-west", TestTokens.uniqueTeam()), repB, day, "review", Map.of("comment", "x"))
                .expectStatus().isNotFound();
        web.get().uri("/api/call-logs/{rep}/{date}", repA, day).headers(h -> h.setBearerAuth(b)).exchange()
                .expectStatus().isNotFound();
    }

    /** Moves the shared clock forward to that time of that Shanghai day (which must still lie ahead). */
    private LocalDate moveTo(LocalDate day, LocalTime time) {
        Instant target = day.atTime(time).atZone(SHANGHAI).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
        return day;
    }

    private LocalDate today() {
        return clock.instant().atZone(SHANGHAI).toLocalDate();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec teamView(String token, LocalDate day) {
        return web.get().uri("/api/call-logs?date={date}", day).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody();
    }

    private WebTestClient.ResponseSpec post(String token, String rep, LocalDate day, String what, Map<String, ?> body) {
        WebTestClient.RequestBodySpec spec = web.post().uri("/api/call-logs/{rep}/{date}/" + what, rep, day)
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON);
        return body == null ? spec.exchange() : spec.bodyValue(body).exchange();
    }

    private String capture(String token, Map<String, ?> body) {
        return web.post().uri("/api/leads").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private void contact(String token, String lead, String method, String outcome) {
        web.post().uri("/api/leads/{id}/contacts", lead).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("method", method, "direction", "INBOUND", "outcome", outcome)).exchange()
                .expectStatus().isOk();
    }

    /** customer-service's CustomerContacted as it arrives on crm.customer.events. */
    private static void contacted(UUID eventId, UUID customer, String rep, String team, String channel, Instant at) {
        String payload = """
                {"customerId":"%s","ownerId":"%s","team":"%s","contactedBy":"%s","channel":"%s",
                 "customerInitiated":false,"at":"%s"}""".formatted(customer, rep, team, rep, channel, at);
        KafkaProbe.send("crm.customer.events", customer.toString(), payload.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", eventId.toString(), "ce_type", "crm.customer.contacted.v1",
                "ce_source", "/crm/customer-service", "ce_specversion", "1.0", "ce_subject", customer.toString(),
                "ce_time", at.toString()));
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
