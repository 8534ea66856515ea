package com.acme.crm.chassis.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses to start a service while a secret or the token issuer still has the public value that
 * {@code crm-chassis-defaults.yml} ships for the local platform: a deployment that forgot {@code CRM_FINGERPRINT_SALT}
 * would fingerprint contact data with a salt everyone knows (B-3), one that forgot {@code CRM_JWK_SET_URI} would trust
 * whatever listens on localhost:8090.
 * <p>
 * On unless {@code crm.dev-defaults-allowed=true}, which the {@code local} profile ({@code ./crm up}) implies and the
 * test platform sets. A bean factory post-processor, so it fails before any connection is opened, with one message
 * naming every offending setting.
 */
public class DevelopmentDefaultsGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    /** Set to {@code true} on a developer machine to run with the development defaults. */
    public static final String ALLOWED = "crm.dev-defaults-allowed";

    /** The settings and the development values they must not keep outside development. */
    static final List<DevelopmentDefault> DEFAULTS = List.of(
            new DevelopmentDefault("crm.privacy.fingerprint-salt", "CRM_FINGERPRINT_SALT",
                    "local-development-salt-change-me"),
            new DevelopmentDefault("crm.service-auth.client-secret", "CRM_SERVICE_CLIENT_SECRET", "dev-secret"),
            new DevelopmentDefault("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "CRM_JWK_SET_URI",
                    "http://localhost:8090/.well-known/jwks.json"),
            new DevelopmentDefault("crm.security.issuer", "CRM_JWT_ISSUER", "http://localhost:8090"));

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.getProperty(ALLOWED, Boolean.class, environment.matchesProfiles("local"))) {
            return;
        }
        List<DevelopmentDefault> kept = DEFAULTS.stream()
                .filter(setting -> setting.value().equals(environment.getProperty(setting.property())))
                .toList();
        if (!kept.isEmpty()) {
            throw new IllegalStateException(message(kept));
        }
    }

    static String message(List<DevelopmentDefault> kept) {
        return "Refusing to start: " + (kept.size() == 1 ? "this setting still has its" : "these settings still have their")
                + " public development default, fit only for the local platform: "
                + kept.stream().map(s -> s.property() + " (" + s.variable() + ")").collect(Collectors.joining(", "))
                + ". Set " + (kept.size() == 1 ? "it" : "them") + " for this deployment, or run with the local profile or "
                + ALLOWED + "=true on a developer machine.";
    }

    /** A setting, the environment variable that sets it, and the value it has in development. */
    record DevelopmentDefault(String property, String variable, String value) {
    }
}
