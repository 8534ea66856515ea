package com.acme.crm.chassis.it;

import com.acme.crm.chassis.security.DevelopmentDefaultsGuard;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A token signed by the trusted key still has to come from our issuer and be meant for this platform. */
@CrmIntegrationTest
class TokenIssuerAndAudienceIntegrationTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @Test
    void aTokenFromOurIssuerForOurAudienceIsAccepted() {
        whoami(TestTokens.tokenFrom(TestTokens.ISSUER, TestTokens.AUDIENCE, "rep-1", Role.SALES_REP))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo("rep-1");
    }

    @Test
    void aTokenFromAnotherIssuerIsAnUnauthorisedProblem() {
        whoami(TestTokens.tokenFrom("https://login.example.com", TestTokens.AUDIENCE, "rep-1", Role.SALES_REP))
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void aTokenWithoutAnIssuerIsUnauthorised() {
        whoami(TestTokens.tokenFrom(null, TestTokens.AUDIENCE, "rep-1", Role.SALES_REP))
                .expectStatus().isUnauthorized();
    }

    @Test
    void aTokenForAnotherAudienceIsAnUnauthorisedProblem() {
        whoami(TestTokens.tokenFrom(TestTokens.ISSUER, "billing-platform", "rep-1", Role.SALES_REP))
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void aTokenWithoutAnAudienceIsUnauthorised() {
        whoami(TestTokens.tokenFrom(TestTokens.ISSUER, null, "rep-1", Role.SALES_REP))
                .expectStatus().isUnauthorized();
    }

    @Test
    void everyServiceOnTheChassisHasTheDevelopmentDefaultsGuard() {
        assertThat(context.getBeanProvider(DevelopmentDefaultsGuard.class).getIfAvailable()).isNotNull();
    }

    private WebTestClient.ResponseSpec whoami(String token) {
        return web.get().uri("/api/probe/whoami").headers(h -> h.setBearerAuth(token)).exchange();
    }
}
