package com.acme.crm.customer.referral;

import com.acme.crm.chassis.security.Role;
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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * L-9 across services on the real broker and PostgreSQL: order-service's raw {@code OrderSigned} gives the owner one
 * referral request per order, lead-service's {@code LeadConverted} of a referral lead one reward per lead for the
 * referring customer, both through the inbox and unchanged by redelivery.
 */
@CrmIntegrationTest
class ReferralIntegrationTest extends LeadServiceStub {

    static final String REWARD = "crm.referral.reward-recorded.v1";

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    Clock clock;
    @Autowired
    JsonMapper json;

    private String team;
    private String owner;
    private String rep;

    @BeforeEach
    void aTeam() {
        team = TestTokens.uniqueTeam();
        owner = "rep-ref-" + team;
        rep = TestTokens.rep(owner, team);
    }

    @Test
    void l9_aSignedOrderGivesTheOwnerOneReferralRequest_onItsDueList_neverTwoForTheOrder() {
        UUID customer = registered(rep);
        UUID order = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Instant signedAt = clock.instant().minus(Duration.ofDays(8)).truncatedTo(ChronoUnit.SECONDS);

        ReferralEvents.orderSigned(order, customer, signedAt, eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> referralTasks(customer) == 1);

        ReferralEvents.orderSigned(order, customer, signedAt, eventId);           // redelivered
        ReferralEvents.orderSigned(order, customer, signedAt, UUID.randomUUID()); // order-service published it twice
        consumedOrders(order);
        assertThat(referralTasks(customer)).isEqualTo(1);
        assertThat(count("select count(*) from inbox_event where consumer = 'customer-orders' and event_id = '"
                + eventId + "'")).isEqualTo(1);
        assertThat(count("select count(*) from customer_task where customer_id = '" + customer + "'"
                + " and kind = 'REFERRAL_REQUEST' and owner_id = '" + owner + "' and due_at = '"
                + signedAt.plus(Duration.ofDays(7)) + "'")).isEqualTo(1);
        JsonNode due = web.get().uri("/api/customer-tasks").headers(h -> h.setBearerAuth(rep)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(due.valueStream().filter(task -> "REFERRAL_REQUEST".equals(task.get("kind").asString())
                && customer.toString().equals(task.get("customerId").asString())).toList()).hasSize(1)
                .allSatisfy(task -> assertThat(task.get("note").asString()).contains(order.toString(), "L-9"));
    }

    @Test
    void l9_aSecondOrderOfTheSameCustomerAsksAgain_aRecentOrderIsNotDueYet() {
        UUID customer = registered(rep);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        ReferralEvents.orderSigned(first, customer, clock.instant(), UUID.randomUUID());
        ReferralEvents.orderSigned(second, customer, clock.instant(), UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> referralTasks(customer) == 2);

        JsonNode due = web.get().uri("/api/customer-tasks").headers(h -> h.setBearerAuth(rep)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(due.valueStream().filter(task -> "REFERRAL_REQUEST".equals(task.get("kind").asString())).toList())
                .as("due in 7 days, not today").isEmpty();
    }

    @Test
    void l9_c6_aCustomerPausedThroughTheDueTimeGetsNoReferralRequest() {
        UUID customer = registered(rep);
        web.post().uri("/api/customers/{id}/pause", customer).headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("days", 45, "reason", "not needed for now"))
                .exchange().expectStatus().isOk();
        UUID order = UUID.randomUUID();

        ReferralEvents.orderSigned(order, customer, clock.instant(), UUID.randomUUID());
        consumedOrders(order);

        assertThat(referralTasks(customer)).isZero();
        assertThat(count("select count(*) from referral_request where order_id = '" + order + "'"
                + " and task_id is null and skipped_rule = 'C-6'")).isEqualTo(1);
    }

    @Test
    void l9_aConvertedReferralLeadEarnsItsReferrerOneReward_evenOnRedelivery() {
        UUID referrer = registered(rep);
        UUID lead = UUID.randomUUID();
        UUID converted = UUID.randomUUID();
        Instant now = clock.instant();

        ReferralEvents.referralCaptured(lead, referrer, "rep-lead", team, now.minus(Duration.ofDays(3)),
                UUID.randomUUID());
        ReferralEvents.converted(lead, referrer, "rep-lead", team, now, converted);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from referral_reward where referred_lead_id = '" + lead + "'") == 1);

        ReferralEvents.converted(lead, referrer, "rep-lead", team, now, converted);          // redelivered
        ReferralEvents.converted(lead, referrer, "rep-lead", team, now, UUID.randomUUID());  // published twice
        consumedLeads(lead);

        UUID newCustomer = db.sql("select id from customer where lead_id = :lead").bind("lead", lead)
                .map(row -> row.get("id", UUID.class)).one().block(Duration.ofSeconds(5));
        assertThat(count("select count(*) from referral_reward where referred_lead_id = '" + lead + "'"
                + " and referrer_customer_id = '" + referrer + "' and new_customer_id = '" + newCustomer + "'"
                + " and kind = 'COMMISSION' and amount = 500.00 and currency = 'CNY' and owner_id = '" + owner + "'"
                + " and team = '" + team + "'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where event_type = '" + REWARD + "' and message_key = '"
                + referrer + "'")).isEqualTo(1);
        ConsumerRecord<String, byte[]> record = KafkaProbe.awaitEvent("crm.customer.events", referrer, REWARD);
        JsonNode event = json.readTree(record.value());
        assertThat(event.get("referredLeadId").asString()).isEqualTo(lead.toString());
        assertThat(event.get("newCustomerId").asString()).isEqualTo(newCustomer.toString());
        assertThat(event.get("amount").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(event.get("ownerId").asString()).isEqualTo(owner);

        JsonNode referrals = web.get().uri("/api/customers/{id}/referrals", referrer).headers(h -> h.setBearerAuth(rep))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(referrals.get("totalItems").asInt()).isEqualTo(1);
        JsonNode referral = referrals.get("items").get(0);
        assertThat(referral.get("leadId").asString()).isEqualTo(lead.toString());
        assertThat(referral.get("capturedAt").isNull()).isFalse();
        assertThat(referral.get("newCustomerId").asString()).isEqualTo(newCustomer.toString());
        assertThat(referral.get("reward").get("kind").asString()).isEqualTo("COMMISSION");
        web.get().uri("/api/customers/{id}/referrals", referrer)
                .headers(h -> h.setBearerAuth(TestTokens.rep("rep-stranger", TestTokens.uniqueTeam())))
                .exchange().expectStatus().isNotFound();

        assertThat(rewardLeads(TestTokens.manager("mgr-" + team, team), "?team=" + team)).containsExactly(lead.toString());
        assertThat(rewardLeads(TestTokens.manager("mgr-other", TestTokens.uniqueTeam()), "?team=" + team)).isEmpty();
        assertThat(rewardLeads(TestTokens.token("fin-1", null, Role.FINANCE), "?owner=" + owner))
                .containsExactly(lead.toString());
        String day = now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
        String nextDay = now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(1).toString();
        assertThat(rewardLeads(TestTokens.token("fin-1", null, Role.FINANCE), "?owner=" + owner + "&from=" + day
                + "&to=" + day)).containsExactly(lead.toString());
        assertThat(rewardLeads(TestTokens.token("fin-1", null, Role.FINANCE), "?owner=" + owner + "&from=" + nextDay))
                .isEmpty();
    }

    @Test
    void l9_aReferrerUnknownHereRecordsNothing_theConversionStillRegistersTheCustomer_noRetryNoDeadLetter() {
        UUID lead = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        ReferralEvents.converted(lead, unknown, owner, team, clock.instant(), eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbox_event"
                + " where consumer = 'customer-leads' and event_id = '" + eventId + "'") == 1);

        assertThat(count("select count(*) from customer where lead_id = '" + lead + "'")).isEqualTo(1);
        assertThat(count("select count(*) from referral_reward where referred_lead_id = '" + lead + "'")).isZero();
        assertThat(count("select count(*) from referral where lead_id = '" + lead + "'")).isZero();
        assertThat(count("select count(*) from outbox_event where event_type = '" + REWARD + "'"
                + " and message_key = '" + unknown + "'")).isZero();
        try (KafkaProbe dlq = KafkaProbe.on("crm.lead.events.customer-service.dlq")) {
            assertThat(dlq.all(KafkaProbe.subject(lead), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void l9_aLeadWithoutAReferrerEarnsNothing() {
        UUID lead = UUID.randomUUID();

        ReferralEvents.converted(lead, null, owner, team, clock.instant(), UUID.randomUUID());
        consumedLeads(lead);

        assertThat(count("select count(*) from customer where lead_id = '" + lead + "'")).isEqualTo(1);
        assertThat(count("select count(*) from referral_reward where referred_lead_id = '" + lead + "'")).isZero();
    }

    private void consumedOrders(UUID order) {
        UUID marker = UUID.randomUUID();
        // An order of a customer unknown here under the same key: no task, no failure (logged by id).
        ReferralEvents.orderSigned(order, UUID.randomUUID(), clock.instant(), marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbox_event"
                + " where consumer = 'customer-orders' and event_id = '" + marker + "'") == 1);
    }

    private void consumedLeads(UUID lead) {
        UUID marker = ReferralEvents.marker(lead);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbox_event"
                + " where consumer = 'customer-leads' and event_id = '" + marker + "'") == 1);
    }

    private long referralTasks(UUID customer) {
        return count("select count(*) from customer_task where kind = 'REFERRAL_REQUEST' and customer_id = '"
                + customer + "'");
    }

    private List<String> rewardLeads(String token, String query) {
        JsonNode page = web.get().uri("/api/referral-rewards" + query).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        return page.get("items").valueStream().map(item -> item.get("referredLeadId").asString()).toList();
    }

    private UUID registered(String token) {
        JsonNode created = web.post().uri("/api/customers").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "Referrer Co " + UUID.randomUUID(), "contacts", List.of()))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return UUID.fromString(created.get("id").asString());
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
