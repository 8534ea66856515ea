package com.acme.crm.analytics.funnel;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.events.customer.CustomerRegistered;
import com.acme.crm.events.lead.LeadCaptured;
import com.acme.crm.events.order.OrderSigned;
import com.acme.crm.events.order.QuoteApproved;
import com.acme.crm.events.order.QuoteIssued;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * N-1's last two stages from order-service's real records on {@code crm.order.events}: a customer's first quote
 * makes the lead it was converted from {@code QUOTED}, its first signed order {@code SIGNED}, whatever order the
 * customer and order events arrive in.
 */
@CrmIntegrationTest
class FunnelOrderStagesIntegrationTest {

    private static final Instant CAPTURED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant QUOTED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-12-10T15:00:00Z");

    @Autowired
    WebTestClient web;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DatabaseClient db;
    @Autowired
    JsonMapper json;

    PublishedEvents events;
    String team;
    String manager;

    @BeforeEach
    void setUp() {
        events = new PublishedEvents(json);
        team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        manager = TestTokens.token("mgr", team, Role.SALES_MANAGER);
    }

    @Test
    void n1_aQuoteAndASignedOrderOfALeadsCustomerCountTheLeadQuotedAndSignedOnce() {
        UUID won = captured("TRADE_SHOW");
        UUID quotedOnly = captured("WEBSITE");
        captured("WEBSITE");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(FunnelStage.CAPTURED) == 3);
        UUID wonCustomer = registered(won);
        UUID quotedCustomer = registered(quotedOnly);

        events.publish(quoteIssued(wonCustomer, QUOTED));
        events.publish(quoteIssued(wonCustomer, QUOTED.plus(Duration.ofDays(3))));
        events.publish(quoteIssued(quotedCustomer, QUOTED));
        events.publish(orderSigned(wonCustomer, SIGNED));
        events.publish(orderSigned(wonCustomer, SIGNED.plus(Duration.ofDays(20))));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                count(FunnelStage.QUOTED) == 2 && count(FunnelStage.SIGNED) == 1
                        && SIGNED.equals(stageTime(won, "signed_at")));
        JsonNode funnel = funnel();
        assertThat(funnel.at("/stages/4/stage").asString()).isEqualTo("QUOTED");
        assertThat(funnel.at("/stages/5/stage").asString()).isEqualTo("SIGNED");
        assertThat(funnel.at("/stages/5/conversionFromPrevious").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(funnel.at("/byChannel/TRADE_SHOW/SIGNED").asLong()).isEqualTo(1);
        assertThat(funnel.at("/byChannel/WEBSITE/QUOTED").asLong()).isEqualTo(1);
        assertThat(funnel.at("/byChannel/WEBSITE/SIGNED").asLong()).isZero();
        assertThat(stageTime(won, "quoted_at")).as("the first quote's time").isEqualTo(QUOTED);
    }

    @Test
    void n1_theEarliestQuoteCountsWhateverOrderItsVersionsArriveIn() {
        UUID lead = captured("REFERRAL");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(FunnelStage.CAPTURED) == 1);
        UUID customer = registered(lead);
        double processedBefore = orders("crm.inbox.processed");

        events.publish(quoteIssued(customer, QUOTED.plus(Duration.ofDays(2))));
        events.publish(quoteIssued(customer, QUOTED));
        events.publish(quoteIssued(customer, QUOTED.plus(Duration.ofDays(5))));

        await().atMost(Duration.ofSeconds(20)).until(() -> orders("crm.inbox.processed") >= processedBefore + 3);
        assertThat(stageTime(lead, "quoted_at")).isEqualTo(QUOTED);
        assertThat(count(FunnelStage.QUOTED)).isEqualTo(1);
    }

    @Test
    void n1_orderEventsForACustomerNotYetRegisteredCountOnceTheRegistrationNamesTheLead() {
        UUID lead = captured("COLD_CALL");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(FunnelStage.CAPTURED) == 1);
        UUID customer = UUID.randomUUID();
        double processedBefore = orders("crm.inbox.processed");

        events.publish(quoteIssued(customer, QUOTED));
        events.publish(orderSigned(customer, SIGNED));
        await().atMost(Duration.ofSeconds(20)).until(() -> orders("crm.inbox.processed") >= processedBefore + 2);
        assertThat(count(FunnelStage.QUOTED)).as("no lead known for the customer yet").isZero();

        events.publish(registration(customer, lead));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                count(FunnelStage.QUOTED) == 1 && count(FunnelStage.SIGNED) == 1);
        assertThat(stageTime(lead, "quoted_at")).isEqualTo(QUOTED);
        assertThat(stageTime(lead, "signed_at")).isEqualTo(SIGNED);
        assertThat(db.sql("select customer_id from funnel_lead where lead_id = :lead").bind("lead", lead)
                .map(row -> row.get("customer_id", UUID.class)).one().block(Duration.ofSeconds(5)))
                .isEqualTo(customer);
    }

    @Test
    void n1_aRedeliveredOrderSignedCountsOnce() {
        UUID lead = captured("SOCIAL_MEDIA");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(FunnelStage.CAPTURED) == 1);
        UUID customer = registered(lead);
        OrderSigned signed = orderSigned(customer, SIGNED);
        UUID eventId = UUID.randomUUID();
        double processedBefore = orders("crm.inbox.processed");
        double duplicatesBefore = orders("crm.inbox.duplicates");

        events.publish(signed, eventId);
        events.publish(signed, eventId);

        await().atMost(Duration.ofSeconds(20)).until(() -> orders("crm.inbox.duplicates") == duplicatesBefore + 1);
        assertThat(orders("crm.inbox.processed")).as("order events processed").isEqualTo(processedBefore + 1);
        assertThat(count(FunnelStage.SIGNED)).isEqualTo(1);
    }

    @Test
    void n1_otherOrderEventsAndOrdersOfDirectCustomersLeaveTheFunnelUnchanged() {
        UUID lead = captured("WEBSITE");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(FunnelStage.CAPTURED) == 1);
        UUID direct = UUID.randomUUID();
        events.publish(new CustomerRegistered(direct, null, "rep-a", team, "Direct Ltd", List.of(), CAPTURED));
        QuoteIssued quote = quoteIssued(direct, QUOTED);
        double skippedBefore = orders("crm.inbox.skipped");
        double failuresBefore = orders("crm.inbox.failures");
        double processedBefore = orders("crm.inbox.processed");

        events.publish(quote);
        // Same quote, so the same partition: once this unhandled type is skipped, the quote was processed.
        events.publish(new QuoteApproved(quote.quoteId(), direct, "rep-a", team, "SALES_MANAGER",
                new BigDecimal("90000.00"), "mgr", QUOTED.plus(Duration.ofHours(2))));

        await().atMost(Duration.ofSeconds(20)).until(() -> orders("crm.inbox.skipped") > skippedBefore);
        assertThat(orders("crm.inbox.processed")).isEqualTo(processedBefore + 1);
        assertThat(orders("crm.inbox.failures")).as("failed or dead-lettered order events").isEqualTo(failuresBefore);
        assertThat(count(FunnelStage.QUOTED)).isZero();
        assertThat(stageTime(lead, "quoted_at")).isNull();
    }

    @Test
    void aQuoteIssuedThatBreaksItsSchemaIsDeadLettered() {
        UUID quoteId = UUID.randomUUID();
        byte[] withoutCustomer = ("{\"quoteId\":\"" + quoteId + "\",\"ownerId\":\"rep-a\",\"team\":\"" + team + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        KafkaProbe.send("crm.order.events", quoteId.toString(), withoutCustomer, Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_type", "crm.quote.issued.v1",
                "ce_source", "/crm/order-service", "ce_specversion", "1.0", "ce_subject", quoteId.toString(),
                "ce_time", QUOTED.toString(), "content-type", "application/json"));

        try (KafkaProbe dlq = KafkaProbe.on("crm.order.events.analytics-service.dlq")) {
            ConsumerRecord<String, byte[]> dead = dlq.await(r -> quoteId.toString().equals(r.key()), Duration.ofSeconds(20));
            assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("breaks schema");
            assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo("crm.order.events");
        }
    }

    private UUID captured(String channel) {
        UUID leadId = UUID.randomUUID();
        events.publish(new LeadCaptured(leadId, channel, null, "rep-a", team, null, CAPTURED,
                CAPTURED.plus(Duration.ofHours(48)), null, List.of()));
        return leadId;
    }

    private UUID registered(UUID leadId) {
        UUID customerId = UUID.randomUUID();
        events.publish(registration(customerId, leadId));
        return customerId;
    }

    private CustomerRegistered registration(UUID customerId, UUID leadId) {
        return new CustomerRegistered(customerId, leadId, "rep-a", team, "Acme Tools", List.of(),
                CAPTURED.plus(Duration.ofDays(5)));
    }

    private QuoteIssued quoteIssued(UUID customerId, Instant issuedAt) {
        return new QuoteIssued(UUID.randomUUID(), UUID.randomUUID(), customerId, "rep-a", team, 1, null,
                new BigDecimal("100000.00"), new BigDecimal("90000.00"), new BigDecimal("10.00"), false,
                "SALES_MANAGER", "rep-a", issuedAt);
    }

    private OrderSigned orderSigned(UUID customerId, Instant signedAt) {
        return new OrderSigned(UUID.randomUUID(), customerId, "rep-a", team, new BigDecimal("90000.00"), signedAt,
                UUID.randomUUID());
    }

    private long count(FunnelStage stage) {
        return funnel().at("/stages/" + stage.ordinal() + "/count").asLong();
    }

    private JsonNode funnel() {
        return web.get().uri("/api/analytics/funnel").headers(h -> h.setBearerAuth(manager)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private @Nullable Instant stageTime(UUID leadId, String column) {
        return db.sql("select " + column + " from funnel_lead where lead_id = :lead").bind("lead", leadId)
                .map(row -> Optional.ofNullable(row.get(column, Instant.class))).one()
                .block(Duration.ofSeconds(5)).orElse(null);
    }

    /** An inbox counter of the order-events consumer, summed over its tags. */
    private double orders(String meter) {
        return meters.find(meter).tag("consumer", "analytics-orders").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }
}
