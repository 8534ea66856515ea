package com.acme.crm.customer.customer;

import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.followup.FollowUpJobs;
import com.acme.crm.customer.tier.TierJobs;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.chassis.test.KafkaProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CrmIntegrationTest
class CustomerIntegrationTest extends LeadServiceStub {

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
    @Autowired
    Jobs jobs;

    @Test
    void registersACustomerAndPublishesFingerprintsNeverContactData() {
        String team = team();
        JsonNode customer = register(rep("rep-a", team), "Ningbo Moulds", "+86 139 0000 1111", "chen@ningbo.example.cn")
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = customer.get("id").asString();
        assertThat(customer.get("tier").asString()).isEqualTo("C");
        assertThat(customer.at("/contacts/0/phone").asString()).isEqualTo("+86 139 0000 1111");

        ConsumerRecord<String, byte[]> registered = awaitEvent(id, "crm.customer.registered.v1");
        String payload = new String(registered.value(), StandardCharsets.UTF_8);
        assertThat(payload).doesNotContain("139").doesNotContain("chen@").contains("contactFingerprints");
        assertThat(json.readTree(payload).get("contactFingerprints")).hasSize(2);

        register(rep("rep-b", team), "Another Ningbo Moulds", "13900001111", null)
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void l6_aConvertedLeadBecomesACustomerOnceWithItsContactReadFromLeadService() {
        String team = team();
        UUID leadId = UUID.randomUUID();
        Events.leadConverted(leadId, "rep-l", team, "Suzhou Gears", null);
        Events.leadConverted(leadId, "rep-l", team, "Suzhou Gears", null);

        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from customer where lead_id = '" + leadId + "'") == 1);
        String id = db.sql("select id::text from customer where lead_id = :l").bind("l", leadId)
                .map(row -> row.get(0, String.class)).one().block();
        ConsumerRecord<String, byte[]> registered = awaitEvent(id, "crm.customer.registered.v1");
        assertThat(json.readTree(registered.value()).get("leadId").asString()).isEqualTo(leadId.toString());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(rep("rep-l", team), id).expectBody()
                .jsonPath("$.contacts[0].name").isEqualTo("Lead Person " + leadId.toString().substring(0, 8))
                .jsonPath("$.contacts[0].phone").isEqualTo("+86 138 0000 0001"));
        assertThat(count("select count(*) from customer where lead_id = '" + leadId + "'")).isOne();
    }

    @Test
    void b3_dataScopeAndMasking() {
        String team = team();
        String id = created(register(rep("rep-s", team), "Scope Co", "+86 139 2222 3333", null));

        get(rep("rep-s", team), id).expectStatus().isOk().expectBody().jsonPath("$.contacts[0].phone").isEqualTo("+86 139 2222 3333");
        get(rep("rep-t", team), id).expectStatus().isNotFound();
        get(rep("rep-u", team()), id).expectStatus().isNotFound();
        get(TestTokens.token("mgr", team, Role.SALES_MANAGER), id).expectStatus().isOk()
                .expectBody().jsonPath("$.contacts[0].masked").isEqualTo(false);
        get(TestTokens.token("svc-1", team, Role.SERVICE_AGENT), id).expectStatus().isOk().expectBody()
                .jsonPath("$.contacts[0].phone").isEqualTo("861****3333")
                .jsonPath("$.contacts[0].masked").isEqualTo(true);
        assertThat(count("select count(*) from audit_log where action = 'CONTACT_READ' and resource_id = '" + id
                + "' and actor = 'mgr'")).as("B-3: the manager's unmasked read is audited").isOne();
        web.get().uri("/api/customers?size=50").headers(h -> h.setBearerAuth(rep("rep-t", team))).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void c4_c5_aFirstVisitIsLoggedLateAndOpensItsFollowUps() {
        String team = team();
        String rep = rep("rep-v", team);
        String id = created(register(rep, "Visit Co", "+86 139 4444 5555", null));
        Instant visitedAt = clock.instant().minus(Duration.ofHours(25)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        JsonNode visit = visit(rep, id, visitedAt, false, false, List.of()).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(visit.get("late").asBoolean()).isTrue();
        awaitEvent(id, "crm.customer.visit-logged.v1");
        JsonNode tasks = web.get().uri("/api/customers/{id}/360", id).headers(h -> h.setBearerAuth(rep)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("openTasks");
        Map<String, Instant> due = new HashMap<>();
        tasks.forEach(t -> due.put(t.get("kind").asString(), Instant.parse(t.get("dueAt").asString())));
        assertThat(due.get("THANK_YOU")).isEqualTo(visitedAt.plus(Duration.ofHours(24)));
        assertThat(due.get("PHONE_FOLLOW_UP")).isEqualTo(visitedAt.plus(Duration.ofDays(3)));
        assertThat(due).containsKey("CADENCE_CONTACT");

        visit(rep, id, clock.instant().plusSeconds(3600), false, false, List.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("visitedAt");
    }

    @Test
    void c7_theFourthVisitWithoutProgressNeedsAnApprovedPlan() {
        String team = team();
        String rep = rep("rep-p", team);
        String id = created(register(rep, "Stuck Co", "+86 139 6666 7777", null));
        for (int day = 4; day >= 2; day--) {
            visit(rep, id, clock.instant().minus(Duration.ofDays(day)), false, true, List.of()).expectStatus().isCreated();
        }

        visit(rep, id, clock.instant().minus(Duration.ofHours(2)), false, true, List.of()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("C-7");

        String plan = web.post().uri("/api/customers/{id}/visit-plans", id).headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("objective", "meet the plant director"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
        decide(rep, id, plan).expectStatus().isForbidden();
        decide(TestTokens.token("mgr", team, Role.SALES_MANAGER), id, plan).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED");
        Map<String, Object> planned = new HashMap<>(visitBody(clock.instant().minus(Duration.ofHours(2)), false, true, List.of()));
        planned.put("visitPlanId", plan);
        web.post().uri("/api/customers/{id}/visits", id).headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(planned).exchange().expectStatus().isCreated();
    }

    @Test
    void c10_aGiftOverTheLimitIsRefusedAndNothingIsWritten() {
        String rep = rep("rep-g", team());
        String id = created(register(rep, "Gift Co", "+86 139 8888 9999", null));
        long visits = count("select count(*) from visit where customer_id = '" + id + "'");

        visit(rep, id, clock.instant().minus(Duration.ofHours(1)), true, true,
                List.of(Map.of("description", "watch", "value", 250, "companyBranded", true)))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("C-10");
        assertThat(count("select count(*) from visit where customer_id = '" + id + "'")).isEqualTo(visits);

        visit(rep, id, clock.instant().minus(Duration.ofHours(1)), true, true,
                List.of(Map.of("description", "branded notebook", "value", 80, "companyBranded", true)))
                .expectStatus().isCreated().expectBody().jsonPath("$.gifts[0].description").isEqualTo("branded notebook");
    }

    @Test
    void b1_c6_aPausedCustomerTakesNoOutboundContactAndResumesWithATouch() {
        String team = team();
        String rep = rep("rep-q", team);
        String id = created(register(rep, "Pause Co", "+86 139 1212 3434", null));
        // Both calls at one instant, so they fall on the same calendar day whenever the test runs.
        Instant at = clock.instant().minusSeconds(60);
        touch(rep, id, false, at).expectStatus().isOk();
        touch(rep, id, false, at).expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("B-1");
        touch(rep, id, true, at).expectStatus().isOk();

        web.post().uri("/api/customers/{id}/pause", id).headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("days", 90)).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("C-6");
        web.post().uri("/api/customers/{id}/pause", id).headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "not needed for now")).exchange()
                .expectStatus().isOk();
        awaitEvent(id, "crm.customer.contact-paused.v1");
        clock.advance(Duration.ofDays(1));
        touch(rep, id, false).expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("C-6");

        clock.advance(Duration.ofDays(45));
        runCustomerJobs();
        awaitEvent(id, "crm.customer.contact-resumed.v1");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> web.get().uri("/api/customer-tasks")
                .headers(h -> h.setBearerAuth(rep)).exchange().expectBody()
                .jsonPath("$[?(@.customerId == '" + id + "' && @.kind == 'RESUME_TOUCH')]").exists());
    }

    @Test
    void c2_aFollowUpPastDueByAFullCadenceEscalatesOnce() {
        String rep = rep("rep-e", team());
        String id = created(register(rep, "Cadence Co", "+86 139 5656 7878", null));

        clock.advance(Duration.ofDays(31));
        runCustomerJobs();
        web.get().uri("/api/customers?overdue=true&size=200").headers(h -> h.setBearerAuth(rep)).exchange()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();
        clock.advance(Duration.ofDays(30));
        runCustomerJobs();

        awaitEvent(id, "crm.customer.follow-up-overdue.v1");
        runCustomerJobs();
        try (KafkaProbe probe = KafkaProbe.on("crm.customer.events")) {
            assertThat(probe.all(r -> id.equals(r.key()) && "crm.customer.follow-up-overdue.v1".equals(header(r, "ce_type")),
                    Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void c1_c3_aBigOrderMakesACustomerATierAndAsksForAnAccountManager() {
        String team = team();
        String rep = rep("rep-o", team);
        String id = created(register(rep, "Big Buyer", "+86 139 9090 1010", null));

        Events.orderSigned(UUID.randomUUID(), UUID.fromString(id), "1200000.00");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(rep, id).expectBody()
                .jsonPath("$.tier").isEqualTo("A").jsonPath("$.trailingPurchases").isEqualTo(1200000.0));
        awaitEvent(id, "crm.customer.tier-changed.v1");
        web.get().uri("/api/customer-tasks").headers(h -> h.setBearerAuth(rep)).exchange().expectBody()
                .jsonPath("$[?(@.customerId == '" + id + "' && @.kind == 'ASSIGN_ACCOUNT_MANAGER')]").exists();

        String other = created(register(rep, "Strategic Partner", "+86 139 9191 2020", null));
        web.post().uri("/api/customers/{id}/tier-pin", other).headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "strategic")).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/customers/{id}/tier-pin", other)
                .headers(h -> h.setBearerAuth(TestTokens.token("mgr", team, Role.SALES_MANAGER)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "strategic partner")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.tier").isEqualTo("A").jsonPath("$.tierPinned").isEqualTo(true);
    }

    @Test
    void c9_sixMonthsWithoutAPurchaseMakeACustomerDormantWithAReactivationTask() {
        String rep = rep("rep-d", team());
        String id = created(register(rep, "Quiet Co", "+86 139 3030 4040", null));

        clock.advance(Duration.ofDays(181));
        runCustomerJobs();

        awaitEvent(id, "crm.customer.dormant.v1");
        get(rep, id).expectBody().jsonPath("$.dormant").isEqualTo(true);
        web.get().uri("/api/customer-tasks").headers(h -> h.setBearerAuth(rep)).exchange().expectBody()
                .jsonPath("$[?(@.customerId == '" + id + "' && @.kind == 'REACTIVATION')]").exists();
    }

    @Test
    void c8_aDepartingRepsCustomersMoveWithTheirTasksToAnotherRepOfTheTeam() {
        String team = team();
        Events.rosterSet(team, "leaving", "staying");
        String leaving = rep("leaving", team);
        String first = created(register(leaving, "Handover One", "+86 139 5050 6060", null));
        created(register(leaving, "Handover Two", "+86 139 5050 7070", null));
        String manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from team_member where team = '" + team + "'") == 2);

        handover(manager, Map.of("fromOwnerId", "leaving", "toOwnerId", "nobody")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("C-8");
        handover(leaving, Map.of("fromOwnerId", "leaving", "toOwnerId", "staying")).expectStatus().isForbidden();
        handover(manager, Map.of("fromOwnerId", "leaving", "toOwnerId", "staying")).expectStatus().isOk()
                .expectBody().jsonPath("$.customersHandedOver").isEqualTo(2).jsonPath("$.openTasksMoved").isEqualTo(2);

        get(rep("staying", team), first).expectStatus().isOk().expectBody().jsonPath("$.ownerId").isEqualTo("staying");
        web.get().uri("/api/customers/{id}/history", first).headers(h -> h.setBearerAuth(manager)).exchange()
                .expectBody().jsonPath("$[?(@.action == 'HANDED_OVER')].details.from").isEqualTo(List.of("leaving"));
        awaitEvent(first, "crm.customer.handed-over.v1");
    }

    @Test
    void rejectsBadInputNamingTheFieldAndWritesNothing() {
        String rep = rep("rep-x", team());
        long before = count("select count(*) from customer");
        web.post().uri("/api/customers").headers(h -> h.setBearerAuth(rep)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("company");
        web.post().uri("/api/customers").headers(h -> h.setBearerAuth(rep)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "X", "contacts", List.of(Map.of("name", "A", "email", "not-mail"))))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("contacts[0].email");
        web.post().uri("/api/customers/{id}/visits", UUID.randomUUID()).headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(visitBody(clock.instant().minusSeconds(60), true, true, List.of())).exchange()
                .expectStatus().isNotFound();
        assertThat(count("select count(*) from customer")).isEqualTo(before);
        web.get().uri("/api/customers").exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec register(String token, String company, String phone, String email) {
        Map<String, Object> person = new HashMap<>(Map.of("name", "Chen Jie", "title", "Purchasing manager", "phone", phone));
        if (email != null) {
            person.put("email", email);
        }
        return web.post().uri("/api/customers").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", company, "industry", "machinery", "scale", "MEDIUM", "contacts", List.of(person)))
                .exchange();
    }

    private WebTestClient.ResponseSpec visit(String token, String id, Instant at, boolean progress, boolean clearAnswer,
                                             List<Map<String, Object>> gifts) {
        return web.post().uri("/api/customers/{id}/visits", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(visitBody(at, progress, clearAnswer, gifts)).exchange();
    }

    private static Map<String, Object> visitBody(Instant at, boolean progress, boolean clearAnswer,
                                                 List<Map<String, Object>> gifts) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactPerson", "Chen Jie");
        body.put("contactTitle", "Purchasing manager");
        body.put("visitedAt", at.toString());
        body.put("durationMinutes", 45);
        body.put("method", "ON_SITE");
        body.put("situation", "two old presses");
        body.put("problem", "downtime");
        body.put("needPayoff", "20 % more output");
        body.put("nextStep", Map.of("who", "rep", "when", at.plus(Duration.ofDays(7)).toString(), "what", "send quote"));
        body.put("progress", progress);
        body.put("clearAnswer", clearAnswer);
        body.put("gifts", gifts);
        return body;
    }

    private WebTestClient.ResponseSpec touch(String token, String id, boolean customerInitiated) {
        return touch(token, id, customerInitiated, clock.instant());
    }

    private WebTestClient.ResponseSpec touch(String token, String id, boolean customerInitiated, Instant at) {
        return web.post().uri("/api/customers/{id}/touches", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("channel", "PHONE", "customerInitiated", customerInitiated, "at", at.toString()))
                .exchange();
    }

    private WebTestClient.ResponseSpec decide(String token, String id, String plan) {
        return web.post().uri("/api/customers/{id}/visit-plans/{plan}/decision", id, plan)
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("approve", true)).exchange();
    }

    private WebTestClient.ResponseSpec handover(String token, Map<String, Object> body) {
        return web.post().uri("/api/customers/handover").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String token, String id) {
        return web.get().uri("/api/customers/{id}", id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static String created(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(String key, String type) {
        return KafkaProbe.awaitEvent("crm.customer.events", key, type);
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

    /** One run of every customer job, as the scheduler does after a clock move. */
    private void runCustomerJobs() {
        for (String job : List.of(TierJobs.DORMANCY, FollowUpJobs.PAUSE_RESUME, FollowUpJobs.ESCALATION,
                TierJobs.TIER_RECOMPUTE)) {
            assertThat(jobs.run(job).block(Duration.ofSeconds(20)).outcome()).isEqualTo(JobRun.Outcome.SUCCESS);
        }
    }
}
