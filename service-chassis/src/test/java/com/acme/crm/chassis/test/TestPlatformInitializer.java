package com.acme.crm.chassis.test;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.cloud.stream.binder.BindingCreatedEvent;
import org.springframework.cloud.stream.binder.kafka.KafkaBinderMetrics;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

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
                // The test platform runs on development secrets (DevelopmentDefaultsGuard).
                "crm.dev-defaults-allowed=true",
                "crm.service-auth.token-uri=" + TestTokens.tokenUri(),
                "crm.clock.adjustable=true",
                "crm.outbox.partitions=2",
                "crm.outbox.poll-interval=50ms",
                "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
                "spring.cloud.stream.default.consumer.back-off-max-interval=200"
        ).applyTo(context);
        // Like the local profile, the actuator stays on the API port, whatever management port the service names (the
        // random-port support has already turned that into management.server.port=0, hence this override; an empty
        // value needs a property source of its own, TestPropertyValues drops it). A test of the production layout
        // asks for a random management port with crm.management-port=0.
        if (!"0".equals(context.getEnvironment().getProperty("crm.management-port"))) {
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("crm-test-platform-management", Map.of("management.server.port", "")));
        }
        // The test framework pauses (stops) a cached context whenever the next test class uses another one. Stopping
        // the Kafka binder's consumer-lag metrics while their first lag reading is creating its consumer deadlocks
        // (KafkaBinderMetrics.close waits on the lock the reading holds, the reading on the map entry close clears),
        // and the test JVM hangs. An inert stand-in takes their place in tests (the binder's configuration backs off
        // when one exists); services keep the real lag gauge.
        if (context instanceof GenericApplicationContext generic) {
            generic.registerBean("kafkaBinderMetrics", KafkaBinderMetrics.class, InertKafkaBinderMetrics::new);
        }
    }

    /** Binds no lag gauge and schedules no lag reading, so pausing a test context cannot deadlock on it. */
    static final class InertKafkaBinderMetrics extends KafkaBinderMetrics {

        InertKafkaBinderMetrics() {
            super(null, null, null, null);
        }

        @Override
        public void bindTo(MeterRegistry registry) {
        }

        @Override
        public void onApplicationEvent(BindingCreatedEvent event) {
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public void close() {
        }

        @Override
        public boolean isRunning() {
            return false;
        }
    }
}
