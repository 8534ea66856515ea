package com.acme.crm.chassis.it;

import com.acme.crm.chassis.test.TestPlatformInitializer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production-like: the actuator on a management port of its own, here a random one named the way a service names its
 * own ({@code crm.management-port}, which the chassis defaults turn into {@code management.server.port}). The API
 * port then serves no actuator endpoint, only the probes {@code /livez} and {@code /readyz}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crm.management-port=0")
@ContextConfiguration(initializers = TestPlatformInitializer.class)
class ManagementPortIntegrationTest {

    @LocalServerPort
    int apiPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void theActuatorListensOnItsOwnPort() {
        assertThat(managementPort).isPositive().isNotEqualTo(apiPort);
    }

    @Test
    void prometheusIsServedOnTheManagementPortOnly() {
        on(managementPort).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));

        on(apiPort).get().uri("/actuator/prometheus").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(401, 404));
        on(apiPort).get().uri("/actuator/metrics").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(401, 404));
    }

    @Test
    void healthProbesAnswerOnBothPorts() {
        on(apiPort).get().uri("/livez").exchange().expectStatus().isOk();
        on(apiPort).get().uri("/readyz").exchange().expectStatus().isOk();
        on(managementPort).get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        on(managementPort).get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void theApiStillNeedsAToken() {
        on(apiPort).get().uri("/api/probe/whoami").exchange().expectStatus().isUnauthorized();
    }

    private static WebTestClient on(int port) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
