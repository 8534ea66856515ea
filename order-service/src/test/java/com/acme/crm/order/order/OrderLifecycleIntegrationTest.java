package com.acme.crm.order.order;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.chassis.jobs.JobRun;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.OutboxConformance;
import com.acme.crm.chassis.test.TestTokens;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders through the API on the real broker and database: a quote's signature opens the order (O-3), the fulfilment
 * walk with clock moves (O-4, O-5, O-7), collection and closing (O-10), change requests (O-6), credit sales (O-9),
 * bad input that writes and publishes nothing, and the data scope of each role.
 */
@CrmIntegrationTest
class OrderLifecycleIntegrationTest {

    private static final String TOPIC = "crm.order.events";

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    JsonMapper json;
    @Autowired
    EventSchemas schemas;
    @Autowired
    AdjustableClock clock;
    @Autowired
    Jobs jobs;

    private OrderApi api;

    @BeforeEach
    void aTeamWithARegisteredCustomer() {
        api = new OrderApi(web, db, json).registered();
    }

    @Test
    void o3_signingAQuoteOpensTheOrderWithDefaultMilestonesAndPublishesOrderSigned() {
        UUID quote = api.signedQuote(clock.instant().plus(Duration.ofDays(20)), "INSTALLATION_COMPLETE");
        UUID order = api.orderOf(quote);

        JsonNode view = api.get(api.rep, "/api/orders/" + order, 200);
        assertThat(view.path("amount").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(view.path("stage").asString()).isEqualTo("SIGNED");
        assertThat(view.path("installationIncluded").asBoolean()).isTrue();
        assertThat(view.path("milestones").valueStream().map(m -> m.path("kind").asString() + "="
                + m.path("amount").decimalValue().setScale(2).toPlainString()).toList())
                .containsExactly("PREPAYMENT=3000.00", "ARRIVAL=6000.00", "ACCEPTANCE=1000.00");
        assertThat(Instant.parse(view.at("/milestones/0/dueAt").asString()))
                .isEqualTo(Instant.parse(view.path("signedAt").asString()).plus(Duration.ofDays(7)));

        JsonNode signed = body(KafkaProbe.awaitEvent(TOPIC, order, "crm.order.signed.v1"));
        assertThat(signed.path("customerId").asString()).isEqualTo(api.customer.toString());
        assertThat(signed.path("ownerId").asString()).isEqualTo(api.repId);
        assertThat(signed.path("amount").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(signed.path("quoteId").asString()).isEqualTo(quote.toString());
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void o4_o5_o7_theFulfilmentWalkWithTheClock() {
        UUID order = api.orderOf(api.signedQuote(clock.instant().plus(Duration.ofDays(20)), "ARRIVAL"));
        long events = api.count("select count(*) from outbox_event");

        assertThat(api.fulfil(order, "SHIPPED", null, 400).toString()).contains("trackingNumber");
        assertThat(api.fulfil(order, "ARRIVED", null, 422).path("rule").asString()).isEqualTo("O-4");
        assertThat(api.count("select count(*) from outbox_event")).isEqualTo(events);

        api.fulfil(order, "PRODUCTION_SCHEDULED", null, 200);
        assertThat(api.fulfil(order, "SHIPPED", "SF1234567", 422).path("rule").asString()).isEqualTo("O-9");
        assertThat(api.pay(order, "PREPAYMENT", "3000.01", 422).path("rule").asString()).isEqualTo("O-7");
        api.pay(order, "PREPAYMENT", "1000.00", 201);
        api.pay(order, "PREPAYMENT", "2000.00", 201);
        JsonNode shipped = api.fulfil(order, "SHIPPED", "SF1234567", 200);
        assertThat(shipped.at("/tasks/0/kind").asString()).isEqualTo("SHARE_TRACKING");
        assertThat(Instant.parse(shipped.at("/tasks/0/dueAt").asString()))
                .isEqualTo(Instant.parse(shipped.path("shippedAt").asString()).plus(Duration.ofHours(1)));
        assertThat(api.fulfil(order, "PRODUCTION_SCHEDULED", null, 422).path("rule").asString()).isEqualTo("O-4");

        JsonNode arrived = api.fulfil(order, "ARRIVED", null, 200);
        assertThat(Instant.parse(arrived.path("acceptanceDueAt").asString()))
                .isEqualTo(Instant.parse(arrived.path("arrivedAt").asString()).plus(Duration.ofDays(3)));
        KafkaProbe.awaitEvent(TOPIC, order, "crm.order.arrived.v1");

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        assertThat(jobs.run("order-deemed-acceptance").block(Duration.ofSeconds(30)).outcome())
                .isEqualTo(JobRun.Outcome.SUCCESS);
        // The run the clock move started may hold the row (SKIP LOCKED): wait for whichever run took it.
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(
                api.get(api.rep, "/api/orders/" + order, 200).path("stage").asString()));
        JsonNode accepted = api.get(api.rep, "/api/orders/" + order, 200);
        assertThat(accepted.path("stage").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("acceptanceDeemed").asBoolean()).isTrue();
        assertThat(body(KafkaProbe.awaitEvent(TOPIC, order, "crm.order.accepted.v1")).path("deemed").asBoolean())
                .isTrue();

        api.pay(order, "ARRIVAL", "6000.00", 201);
        assertThat(body(KafkaProbe.awaitEvent(TOPIC, order, "crm.order.payment-received.v1")).path("amount")
                .decimalValue()).isEqualByComparingTo("1000.00");

        clock.advance(Duration.ofDays(31));
        jobs.run("order-overdue-receivables").block(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.events(order, "crm.order.receivable-overdue.v1") == 1);
        jobs.run("order-overdue-receivables").block(Duration.ofSeconds(30));
        assertThat(api.events(order, "crm.order.receivable-overdue.v1")).isEqualTo(1);
        JsonNode overdue = body(KafkaProbe.awaitEvent(TOPIC, order, "crm.order.receivable-overdue.v1"));
        assertThat(overdue.path("milestone").asString()).isEqualTo("ACCEPTANCE");
        assertThat(overdue.path("outstanding").decimalValue()).isEqualByComparingTo("1000.00");

        JsonNode receivables = api.get(api.rep, "/api/receivables?overdue=true", 200);
        assertThat(receivables.path("items").valueStream().filter(r -> r.path("orderId").asString()
                .equals(order.toString())).map(r -> r.path("milestone").asString()).toList())
                .containsExactly("ACCEPTANCE");
        OrderApi other = new OrderApi(web, db, json);
        assertThat(api.get(other.rep, "/api/receivables?overdue=true", 200).toString()).doesNotContain(order.toString());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        JsonNode collections = api.get(api.manager, "/api/collections?date=" + today, 200);
        assertThat(collections.path("items").valueStream().filter(r -> r.path("orderId").asString()
                .equals(order.toString())).map(r -> r.path("assignedTo").asString()).toList())
                .containsExactly(api.repId);
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void o4_theDeliveryReminderIsPublishedOnceTwoDaysBeforeTheDeliveryDate() {
        UUID order = api.orderOf(api.signedQuote(clock.instant().plus(Duration.ofDays(2)), "ARRIVAL"));
        JsonNode view = api.get(api.rep, "/api/orders/" + order, 200);
        assertThat(Instant.parse(view.path("deliveryReminderDueAt").asString())).isEqualTo(
                LocalDate.parse(view.path("deliveryDate").asString()).atStartOfDay(ZoneId.of("Asia/Shanghai"))
                        .toInstant().minus(Duration.ofDays(2)));

        jobs.run("order-delivery-reminders").block(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.events(order, "crm.order.delivery-reminder-due.v1") == 1);
        jobs.run("order-delivery-reminders").block(Duration.ofSeconds(30));

        assertThat(api.events(order, "crm.order.delivery-reminder-due.v1")).isEqualTo(1);
        assertThat(body(KafkaProbe.awaitEvent(TOPIC, order, "crm.order.delivery-reminder-due.v1")).path("deliveryDate")
                .asString()).isEqualTo(view.path("deliveryDate").asString());
    }

    @Test
    void o5_o10_acceptanceAfterInstallationAndClosingOnlyWhenFinanceConfirmedEveryPayment() {
        UUID order = api.orderOf(api.signedQuote(clock.instant().plus(Duration.ofDays(20)), "INSTALLATION_COMPLETE"));
        api.pay(order, "PREPAYMENT", "3000.00", 201);
        api.fulfil(order, "PRODUCTION_SCHEDULED", null, 200);
        api.fulfil(order, "SHIPPED", "SF7", 200);
        api.fulfil(order, "ARRIVED", null, 200);
        assertThat(api.post(api.rep, "/api/orders/" + order + "/acceptance", Map.of("decision", "ACCEPTED"), 422)
                .path("rule").asString()).isEqualTo("O-5");
        api.fulfil(order, "INSTALLED", null, 200);
        assertThat(api.post(api.rep, "/api/orders/" + order + "/acceptance", Map.of("decision", "REJECTED"), 400)
                .toString()).contains("reasons");
        api.post(api.rep, "/api/orders/" + order + "/acceptance", Map.of("decision", "ACCEPTED"), 200);
        api.pay(order, "ARRIVAL", "6000.00", 201);
        api.pay(order, "ACCEPTANCE", "1000.00", 201);

        String finance = TestTokens.token("fin-1", null, Role.FINANCE);
        String gm = TestTokens.token("gm-1", null, Role.GENERAL_MANAGER);
        JsonNode payments = api.get(finance, "/api/orders/" + order + "/payments", 200);
        assertThat(payments.size()).isEqualTo(3);
        String first = payments.get(0).path("id").asString();
        api.problem(api.rep, "/api/orders/" + order + "/payments/" + first + "/confirmation", null, 403);
        assertThat(api.problem(gm, "/api/orders/" + order + "/payments/" + first + "/confirmation", null, 403)
                .path("rule").asString()).isEqualTo("O-10");
        for (JsonNode payment : payments) {
            assertThat(api.get(api.rep, "/api/orders/" + order, 200).path("closedAt").isNull()).isTrue();
            api.post(finance, "/api/orders/" + order + "/payments/" + payment.path("id").asString() + "/confirmation",
                    null, 200);
        }
        api.problem(finance, "/api/orders/" + order + "/payments/" + first + "/confirmation", null, 422);

        assertThat(api.get(api.rep, "/api/orders/" + order, 200).path("closedAt").isNull()).isFalse();
        KafkaProbe.awaitEvent(TOPIC, order, "crm.order.closed.v1");
        assertThat(api.events(order, "crm.order.collection-confirmed.v1")).isEqualTo(3);
        OutboxConformance.assertEveryEventValid(db, schemas, json);
    }

    @Test
    void o6_aChangeOfTermsAppliesOnlyAfterTheManagerApproves() {
        UUID order = api.orderOf(api.signedQuote(clock.instant().plus(Duration.ofDays(20)), "ARRIVAL"));
        String deliveryDate = api.get(api.rep, "/api/orders/" + order, 200).path("deliveryDate").asString();
        String later = LocalDate.parse(deliveryDate).plusDays(10).toString();
        long requests = api.count("select count(*) from order_change_request");

        assertThat(api.problem(api.rep, "/api/orders/" + order + "/change-requests", Map.of("milestones",
                Map.of("prepayment", 30, "arrival", 60, "acceptance", 20)), 400).toString()).contains("milestones");
        assertThat(api.count("select count(*) from order_change_request")).isEqualTo(requests);
        String request = api.post(api.rep, "/api/orders/" + order + "/change-requests",
                Map.of("deliveryDate", later, "reason", "site not ready"), 201).path("id").asString();
        assertThat(api.get(api.rep, "/api/orders/" + order, 200).path("deliveryDate").asString()).isEqualTo(deliveryDate);
        api.problem(api.rep, "/api/orders/" + order + "/change-requests/" + request + "/decision",
                Map.of("approve", true), 403);

        api.post(api.manager, "/api/orders/" + order + "/change-requests/" + request + "/decision",
                Map.of("approve", true, "comment", "agreed with the customer"), 200);

        assertThat(api.get(api.rep, "/api/orders/" + order, 200).path("deliveryDate").asString()).isEqualTo(later);
        assertThat(body(KafkaProbe.awaitEvent(TOPIC, order, "crm.order.change-approved.v1")).path("deliveryDate")
                .asString()).isEqualTo(later);
        assertThat(api.problem(api.manager, "/api/orders/" + order + "/change-requests/" + request + "/decision",
                Map.of("approve", true), 422).path("rule").asString()).isEqualTo("O-6");
    }

    @Test
    void o9_aCreditSaleShipsAfterTheManagersApprovalWhoSharesTheReceivable() {
        UUID order = api.orderOf(api.signedQuote(clock.instant().plus(Duration.ofDays(20)), "ARRIVAL"));
        api.fulfil(order, "PRODUCTION_SCHEDULED", null, 200);

        api.problem(api.rep, "/api/orders/" + order + "/credit-approval", Map.of("creditCheck", "ok"), 403);
        assertThat(api.problem(api.manager, "/api/orders/" + order + "/credit-approval", Map.of("creditCheck", " "), 400)
                .toString()).contains("creditCheck");
        api.post(api.manager, "/api/orders/" + order + "/credit-approval",
                Map.of("creditCheck", "Paid on time for 3 years; bank reference on file"), 200);
        assertThat(api.fulfil(order, "SHIPPED", "SF9", 200).path("creditApprovedBy").asString())
                .isEqualTo("mgr-" + api.team);

        assertThat(body(KafkaProbe.awaitEvent(TOPIC, order, "crm.order.shipped.v1")).path("creditSale").asBoolean())
                .isTrue();
        JsonNode receivables = api.get(api.manager, "/api/receivables", 200);
        assertThat(receivables.path("items").valueStream().filter(r -> r.path("orderId").asString()
                .equals(order.toString())).map(r -> r.path("coResponsibleManager").asString()).toList())
                .containsExactly("mgr-" + api.team);
    }

    @Test
    void dataScope_repsSeeTheirOwnManagersTheirTeamFinanceAllServiceAgentsReadTheirTeam() {
        UUID order = api.orderOf(api.signedQuote(clock.instant().plus(Duration.ofDays(20)), "ARRIVAL"));
        OrderApi other = new OrderApi(web, db, json);
        String agent = TestTokens.token("agent-" + api.team, api.team, Role.SERVICE_AGENT);
        String otherAgent = TestTokens.token("agent-" + other.team, other.team, Role.SERVICE_AGENT);
        String finance = TestTokens.token("fin-1", null, Role.FINANCE);
        String teammate = TestTokens.rep("rep2-" + api.team, api.team);

        api.get(api.manager, "/api/orders/" + order, 200);
        api.get(finance, "/api/orders/" + order, 200);
        api.get(agent, "/api/orders/" + order, 200);
        api.get(other.rep, "/api/orders/" + order, 404);
        api.get(other.manager, "/api/orders/" + order, 404);
        api.get(otherAgent, "/api/orders/" + order, 404);
        api.get(teammate, "/api/orders/" + order, 404);
        api.post(agent, "/api/orders/" + order + "/fulfilment", Map.of("stage", "PRODUCTION_SCHEDULED"), 403);
        api.post(other.rep, "/api/orders/" + order + "/fulfilment", Map.of("stage", "PRODUCTION_SCHEDULED"), 404);
        assertThat(api.get(finance, "/api/orders?size=200", 200).path("totalItems").asLong()).isPositive();
        assertThat(api.get(api.rep, "/api/orders?size=200", 200).path("items").valueStream()
                .allMatch(o -> o.path("ownerId").asString().equals(api.repId))).isTrue();
        assertThat(api.get(api.rep, "/api/orders/" + order, 200).path("stage").asString()).isEqualTo("SIGNED");
    }

    private JsonNode body(ConsumerRecord<String, byte[]> record) {
        return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }
}
