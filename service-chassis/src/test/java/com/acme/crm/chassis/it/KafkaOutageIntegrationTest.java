package com.acme.crm.chassis.it;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.chassis.test.TcpProxy;
import com.acme.crm.chassis.test.TestPlatform;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Kafka unreachable (its address answers nothing until a {@link TcpProxy} opens there): commands still succeed, their
 * events wait in the outbox, and readiness stays 200 with the {@code kafka} component DEGRADED and saying why; once
 * the broker answers, the events leave and the component is UP again.
 */
@CrmIntegrationTest
@TestPropertySource(properties = {
        "crm.test.kafka-bootstrap=localhost:" + KafkaOutageIntegrationTest.PORT,
        "spring.cloud.function.definition=",
        "spring.kafka.admin.auto-create=false",
        "spring.kafka.admin.fail-fast=false",
        "crm.outbox.send-timeout=2s",
        "crm.outbox.max-backoff=1s"})
class KafkaOutageIntegrationTest {

    static final int PORT = 39_093;

    @Autowired
    WebTestClient web;

    @Test
    void commandsSucceedAndReadinessIsDegradedNotDownWhileKafkaIsAway() throws Exception {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("DEGRADED")
                .jsonPath("$.components.kafka.status").isEqualTo("DEGRADED")
                .jsonPath("$.components.kafka.details.broker").isEqualTo("unreachable")
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP");

        UUID id = web.post().uri("/api/probe/notes")
                .headers(h -> h.setBearerAuth(TestTokens.token("rep-1", "east", Role.SALES_REP)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "kafka away"))
                .exchange().expectStatus().isCreated()
                .expectBody(ProbeController.Note.class).returnResult().getResponseBody().id();

        await().atMost(Duration.ofSeconds(20)).until(() -> relayFailures() >= 1);
        web.get().uri("/readyz").exchange().expectStatus().isOk();
        web.get().uri("/livez").exchange().expectStatus().isOk();

        try (TcpProxy kafkaIsBack = TcpProxy.start(PORT, TestPlatform.kafkaBootstrapServers());
             KafkaProbe probe = KafkaProbe.on("crm.lead.events")) {
            probe.await(KafkaProbe.subject(id), Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(20)).until(() -> "UP".equals(kafkaStatus()));
            web.get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("UP")
                    .jsonPath("$.components.kafka.details.broker").isEqualTo("reachable")
                    .jsonPath("$.components.kafka.details.relayConsecutiveFailures").isEqualTo(0);
        }
    }

    private int relayFailures() {
        Map<?, ?> details = (Map<?, ?>) kafka().get("details");
        return ((Number) details.get("relayConsecutiveFailures")).intValue();
    }

    private String kafkaStatus() {
        return (String) kafka().get("status");
    }

    private Map<?, ?> kafka() {
        Map<?, ?> readiness = web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (Map<?, ?>) ((Map<?, ?>) readiness.get("components")).get("kafka");
    }
}
