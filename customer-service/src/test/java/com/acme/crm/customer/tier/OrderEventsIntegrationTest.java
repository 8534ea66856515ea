package com.acme.crm.customer.tier;

import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.Events;
import com.acme.crm.customer.customer.LeadServiceStub;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Money from order events is read as exact decimals, never through floating point (C-1). */
@CrmIntegrationTest
class OrderEventsIntegrationTest extends LeadServiceStub {

    static final String LARGEST_AMOUNT = "99999999999999.99";

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;

    @Test
    void c1_theLargestOrderAmountIsStoredToTheCent() {
        UUID customer = registered();
        UUID order = UUID.randomUUID();

        Events.orderSigned(order, customer, LARGEST_AMOUNT);

        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(db,
                "select count(*) from customer_purchase where order_id = '" + order + "'") == 1);
        assertThat(text("select amount::text from customer_purchase where order_id = :id", order))
                .isEqualTo(LARGEST_AMOUNT);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                text("select trailing_purchases::text from customer where id = :id", customer)).isEqualTo(LARGEST_AMOUNT));
    }

    @Test
    void o7_aPaymentOfTheLargestAmountIsReadAndProcessed() {
        UUID customer = registered();

        UUID event = Events.paymentReceived(UUID.randomUUID(), customer, LARGEST_AMOUNT);

        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(db,
                "select count(*) from inbox_event where consumer = 'customer-orders' and event_id = '" + event + "'") == 1);
    }

    private UUID registered() {
        String rep = TestTokens.rep("rep-money", TestTokens.uniqueTeam());
        JsonNode created = web.post().uri("/api/customers").headers(h -> h.setBearerAuth(rep))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "Money Co " + UUID.randomUUID(), "contacts", List.of()))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return UUID.fromString(created.get("id").asString());
    }

    private String text(String sql, UUID id) {
        return db.sql(sql).bind("id", id).map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(10));
    }
}
