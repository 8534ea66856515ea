package com.acme.crm.chassis.it;

import com.acme.crm.chassis.security.DevelopmentDefaultsGuard;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real Spring Boot start-up (the chassis defaults included) with nothing but the guard: it refuses the public
 * development values outside development and names every one of them.
 */
class DevelopmentDefaultsGuardIntegrationTest {

    private static final String[] PRODUCTION_VALUES = {
            "--crm.privacy.fingerprint-salt=a-salt-only-this-deployment-knows",
            "--crm.service-auth.client-secret=s3cret-from-the-vault",
            "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://login.acme.com/oauth2/jwks",
            "--crm.security.issuer=https://login.acme.com"};

    @Test
    void withTheDevelopmentDefaultsAndNoLocalProfileTheServiceRefusesToStartNamingEverySetting() {
        assertThatThrownBy(() -> start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("crm.privacy.fingerprint-salt (CRM_FINGERPRINT_SALT)")
                .hasMessageContaining("crm.service-auth.client-secret (CRM_SERVICE_CLIENT_SECRET)")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.jwk-set-uri (CRM_JWK_SET_URI)")
                .hasMessageContaining("crm.security.issuer (CRM_JWT_ISSUER)")
                .hasMessageContaining(DevelopmentDefaultsGuard.ALLOWED + "=true");
    }

    @Test
    void oneForgottenSettingIsTheOnlyOneNamed() {
        String[] allButTheSalt = {PRODUCTION_VALUES[1], PRODUCTION_VALUES[2], PRODUCTION_VALUES[3]};

        assertThatThrownBy(() -> start(allButTheSalt))
                .hasMessageContaining("crm.privacy.fingerprint-salt")
                .hasMessageNotContaining("client-secret")
                .hasMessageNotContaining("jwk-set-uri");
    }

    @Test
    void withRealValuesTheServiceStarts() {
        try (ConfigurableApplicationContext context = start(PRODUCTION_VALUES)) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void theLocalProfileAndTheExplicitSwitchAllowTheDevelopmentDefaults() {
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=local")) {
            assertThat(context.isActive()).isTrue();
        }
        try (ConfigurableApplicationContext context = start("--" + DevelopmentDefaultsGuard.ALLOWED + "=true")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void theLocalProfileCanStillAskForTheGuard() {
        assertThatThrownBy(() -> start("--spring.profiles.active=local", "--" + DevelopmentDefaultsGuard.ALLOWED + "=false"))
                .hasMessageContaining("crm.privacy.fingerprint-salt");
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(GuardOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args);
    }

    @Configuration(proxyBeanMethods = false)
    @Import(DevelopmentDefaultsGuard.class)
    static class GuardOnly {
    }
}
