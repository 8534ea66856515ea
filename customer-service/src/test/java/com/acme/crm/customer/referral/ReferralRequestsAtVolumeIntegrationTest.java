package com.acme.crm.customer.referral;

import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestPlatform;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.LeadServiceStub;
import com.acme.crm.customer.customer.TeamCustomers;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * L-9 at the volume of a busy month: 1,000 {@code OrderSigned} events for 1,000 customers on the real broker open
 * 1,000 referral requests, each event consumed once; the same 1,000 delivered again open none.
 */
@CrmIntegrationTest
class ReferralRequestsAtVolumeIntegrationTest extends LeadServiceStub {

    static final int ORDERS = 1_000;

    @Autowired
    DatabaseClient db;
    @Autowired
    Clock clock;

    private String team;

    @BeforeEach
    void aTeamOfAThousandCustomers() {
        team = TestTokens.uniqueTeam();
        db.sql("""
                        insert into customer (id, company, owner_id, team, tier, trailing_purchases, registered_at,
                          registered_by, updated_at)
                        select gen_random_uuid(), 'Referral volume ' || n, :owner, :team, 'C', 0, :now, 'test', :now
                        from generate_series(1, :n) n""")
                .bind("owner", "rep-" + team).bind("team", team).bind("now", clock.instant()).bind("n", ORDERS)
                .then().block(Duration.ofSeconds(30));
    }

    @AfterEach
    void forgetTheTeam() {
        TeamCustomers.forget(db, team);
    }

    @Test
    void l9_aThousandSignedOrdersOpenAThousandReferralRequests_eachEventConsumedOnce_redeliveryOpensNone() {
        List<UUID> customers = db.sql("select id from customer where team = :team").bind("team", team)
                .map(row -> row.get("id", UUID.class)).all().collectList().block(Duration.ofSeconds(10));
        List<String[]> events = new ArrayList<>();
        Instant signedAt = clock.instant();
        for (UUID customer : customers) {
            events.add(new String[] {UUID.randomUUID().toString(), UUID.randomUUID().toString(), customer.toString()});
        }

        send(events, signedAt);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from customer_task where team = '" + team + "'"
                        + " and kind = 'REFERRAL_REQUEST'") == ORDERS);
        assertThat(count("select count(distinct customer_id) from customer_task where team = '" + team + "'"
                + " and kind = 'REFERRAL_REQUEST'")).isEqualTo(ORDERS);

        send(events, signedAt); // the same 1,000 events, delivered again
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from inbox_event where consumer = 'customer-orders'"
                        + " and event_id = any(array[" + quoted(events) + "]::uuid[])") == ORDERS);
        consumedAfter(events);

        assertThat(count("select count(*) from customer_task where team = '" + team + "'"
                + " and kind = 'REFERRAL_REQUEST'")).isEqualTo(ORDERS);
        assertThat(count("select count(*) from referral_request where customer_id in"
                + " (select id from customer where team = '" + team + "') and task_id is not null")).isEqualTo(ORDERS);
    }

    /** A fresh event under every order's key: once all are in the inbox, every redelivery before them was consumed. */
    private void consumedAfter(List<String[]> events) {
        List<String[]> markers = new ArrayList<>();
        for (String[] event : events) {
            markers.add(new String[] {UUID.randomUUID().toString(), event[1], UUID.randomUUID().toString()});
        }
        send(markers, clock.instant()); // orders of customers unknown here: no task
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from inbox_event where consumer = 'customer-orders'"
                        + " and event_id = any(array[" + quoted(markers) + "]::uuid[])") == ORDERS);
    }

    /** One producer for all: {event id, order id, customer id} each, keyed by the order as order-service keys them. */
    private static void send(List<String[]> events, Instant signedAt) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlatform.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (String[] event : events) {
                String payload = """
                        {"orderId":"%s","customerId":"%s","ownerId":"rep","team":"t","amount":1000.00,"signedAt":"%s"}"""
                        .formatted(event[1], event[2], signedAt);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("crm.order.events", event[1],
                        payload.getBytes(StandardCharsets.UTF_8));
                Map.of("ce_id", event[0], "ce_type", "crm.order.signed.v1", "ce_source", "/crm/test",
                                "ce_specversion", "1.0", "ce_subject", event[1], "ce_time", signedAt.toString())
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(record));
            }
            for (Future<?> ack : sent) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send the signed orders", e);
        }
    }

    private static String quoted(List<String[]> events) {
        return String.join(",", events.stream().map(e -> "'" + e[0] + "'").toList());
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
