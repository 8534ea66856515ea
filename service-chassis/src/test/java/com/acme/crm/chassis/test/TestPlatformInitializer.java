package com.acme.crm.chassis.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring context at the test JVM's broker, its service database and the test token issuer (its iss and aud
 * included), and gives it an adjustable clock. The database is named after {@code spring.application.name}.
 */
public class TestPlatformInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        String database = application.replace('-', '_') + "_test";
        int port = TestPlatform.database(database);
        String bootstrap = context.getEnvironment().getProperty("crm.test.kafka-bootstrap",
                TestPlatform.kafkaBootstrapServers());
        TestPropertyValues.of(
                "spring.r2dbc.url=r2dbc:postgresql://localhost:" + port + "/" + database,
                "spring.r2dbc.username=postgres",
                "spring.r2dbc.password=",
                "spring.flyway.url=jdbc:postgresql://localhost:" + port + "/" + database,
                "spring.flyway.user=postgres",
                "spring.flyway.password=",
                "spring.kafka.bootstrap-servers=" + bootstrap,
                "spring.cloud.stream.kafka.binder.brokers=" + bootstrap,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwkSetUri(),
                "crm.security.issuer=" + TestTokens.ISSUER,
                "crm.security.audience=" + TestTokens.AUDIENCE,
                // The test platform runs on development secrets (DevelopmentDefaultsGuard) and, like the local
                // profile, keeps the actuator on the API port.
                "crm.dev-defaults-allowed=true",
                "crm.management-port=",
                "crm.service-auth.token-uri=" + TestTokens.tokenUri(),
                "crm.clock.adjustable=true",
                "crm.outbox.partitions=2",
                "crm.outbox.poll-interval=50ms",
                "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
                "spring.cloud.stream.default.consumer.back-off-max-interval=200"
        ).applyTo(context);
    }
}
