package com.acme.crm.chassis.test;

import com.acme.crm.chassis.clock.ClockConfiguration;
import com.acme.crm.chassis.security.SecurityConfiguration;
import com.acme.crm.chassis.web.ProblemDetailsAdvice;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The chassis' web stack for a web slice ({@link CrmWebSliceTest}): {@link SecurityConfiguration} (bearer JWTs,
 * {@code roles} as {@code ROLE_*}, {@code scope} as {@code SCOPE_*}, method security, 401/403 as problem+json, the
 * {@code CrmUser} argument), {@link ProblemDetailsAdvice} (400 naming fields, 404, 409, 422 naming the rule) and the
 * clock (an {@code AdjustableClock}). Nothing that needs Kafka or PostgreSQL is imported.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, ProblemDetailsAdvice.class, ClockConfiguration.class})
public class CrmWebSlice {

    /** Makes the slice's token validation trust {@link TestTokens} (issuer, audience and the in-JVM JWK set). */
    public static class TrustTestTokens implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwkSetUri(),
                    "crm.security.issuer=" + TestTokens.ISSUER,
                    "crm.security.audience=" + TestTokens.AUDIENCE,
                    "crm.dev-defaults-allowed=true",
                    "crm.clock.adjustable=true"
            ).applyTo(context);
        }
    }
}
