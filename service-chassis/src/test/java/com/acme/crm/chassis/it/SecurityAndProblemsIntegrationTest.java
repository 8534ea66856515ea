package com.acme.crm.chassis.it;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

@CrmIntegrationTest
class SecurityAndProblemsIntegrationTest {

    @Autowired
    WebTestClient web;

    @Test
    void aRequestWithoutATokenIsUnauthorisedAsProblemJson() {
        web.get().uri("/api/probe/whoami").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void aTokenFromAnUntrustedIssuerIsUnauthorised() {
        web.get().uri("/api/probe/whoami")
                .headers(h -> h.setBearerAuth(TestTokens.forgedToken("rep-1", Role.SALES_DIRECTOR)))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theCallerIsReadFromTheTokenClaims() {
        web.get().uri("/api/probe/whoami")
                .headers(h -> h.setBearerAuth(TestTokens.token("mgr-east", "east", Role.SALES_MANAGER)))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo("mgr-east")
                .jsonPath("$.team").isEqualTo("east")
                .jsonPath("$.roles[0]").isEqualTo("SALES_MANAGER");
    }

    @Test
    void theWrongRoleIsForbiddenAsProblemJson() {
        web.post().uri("/api/probe/notes")
                .headers(h -> h.setBearerAuth(TestTokens.token("svc-1", "east", Role.SERVICE_AGENT)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "not mine"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        web.post().uri("/api/probe/notes")
                .headers(h -> h.setBearerAuth(TestTokens.token("rep-1", "east", Role.SALES_REP)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "this text is far longer than twenty characters"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("text")
                .jsonPath("$.type").isEqualTo("https://crm.acme.com/problems/invalid-request");
    }

    @Test
    void anUnreadableBodyIsABadRequest() {
        web.post().uri("/api/probe/notes")
                .headers(h -> h.setBearerAuth(TestTokens.token("rep-1", "east", Role.SALES_REP)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void devClockDoesNotExistOutsideTheLocalProfile() {
        web.post().uri("/dev/clock")
                .headers(h -> h.setBearerAuth(TestTokens.token("dir-1", null, Role.SALES_DIRECTOR)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("advance", "PT1H"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void readinessIncludesTheDatabaseAndTheBroker() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.details.broker").isEqualTo("reachable")
                .jsonPath("$.components.diskSpace").doesNotExist();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void healthAndPrometheusAreOpenToProbesAndScrapers() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("application=\"chassis-it\""));
    }
}
