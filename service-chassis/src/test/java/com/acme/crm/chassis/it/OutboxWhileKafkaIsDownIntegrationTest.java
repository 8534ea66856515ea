package com.acme.crm.chassis.it;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TcpProxy;
import com.acme.crm.chassis.test.TestPlatform;
import com.acme.crm.chassis.test.TestTokens;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service's broker is unreachable when the command commits: the event waits in the outbox, and is delivered
 * once the broker answers at the configured address. An outage is not the event's fault: however many rounds fail,
 * it is never parked (here one failure of its own would park it).
 */
@CrmIntegrationTest
@TestPropertySource(properties = {
        "crm.test.kafka-bootstrap=localhost:" + OutboxWhileKafkaIsDownIntegrationTest.PORT,
        "spring.cloud.function.definition=",
        "spring.kafka.admin.auto-create=false",
        "spring.kafka.admin.fail-fast=false",
        "crm.outbox.send-timeout=2s",
        "crm.outbox.max-backoff=1s",
        "crm.outbox.max-attempts=1"})
class OutboxWhileKafkaIsDownIntegrationTest {

    static final int PORT = 39_092;

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    MeterRegistry meters;

    /**
     * The test JVM's contexts share one outbox table. Events other test classes left unsent (their contexts are paused
     * between classes) would be claimed by this context's relay too, and with the broker away each of them waits out
     * its metadata timeout, so this test's event would be retried far more slowly than the outage rules say. They are
     * set aside as sent: their tests are over.
     */
    @BeforeEach
    void setAsideTheEventsOtherTestsLeftUnsent() {
        db.sql("update outbox_event set published_at = now() where published_at is null and parked_at is null")
                .then().block(Duration.ofSeconds(10));
    }

    @Test
    void anEventWrittenWhileKafkaIsDownIsDeliveredOnceKafkaIsBack() throws Exception {
        UUID id = web.post().uri("/api/probe/notes")
                .headers(h -> h.setBearerAuth(TestTokens.token("rep-1", "east", Role.SALES_REP)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "offline"))
                .exchange().expectStatus().isCreated()
                .expectBody(ProbeController.Note.class).returnResult().getResponseBody().id();

        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(id) >= 2);
        assertThat(published(id)).isFalse();
        assertThat(parked(id)).isFalse();
        assertThat(meters.counter("crm.outbox.publish.failures").count()).isPositive();

        try (TcpProxy kafkaIsBack = TcpProxy.start(PORT, TestPlatform.kafkaBootstrapServers());
             KafkaProbe probe = KafkaProbe.on("crm.lead.events")) {
            probe.await(KafkaProbe.subject(id), Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(10)).until(() -> published(id));
        }
    }

    private int attempts(UUID id) {
        return db.sql("select attempts from outbox_event where message_key = :key").bind("key", id.toString())
                .map(row -> row.get(0, Integer.class)).one().block(Duration.ofSeconds(5));
    }

    private boolean parked(UUID id) {
        return db.sql("select parked_at is not null from outbox_event where message_key = :key")
                .bind("key", id.toString())
                .map(row -> row.get(0, Boolean.class)).one().block(Duration.ofSeconds(5));
    }

    private boolean published(UUID id) {
        return db.sql("select published_at is not null from outbox_event where message_key = :key")
                .bind("key", id.toString())
                .map(row -> row.get(0, Boolean.class)).one().block(Duration.ofSeconds(5));
    }
}
