package com.acme.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    @Test
    void serviceGetsItsPortDatabaseKafkaAndTheIssuer() {
        ServiceDefinition lead = ServiceDefinition.byName("lead").orElseThrow();

        Map<String, String> env = ServiceEnvironment.of(lead,
                new DatabaseEndpoint("localhost", 15432, "postgres", ""), "localhost:9092",
                "http://localhost:8090");

        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "local")
                .containsEntry("SERVER_PORT", "8081")
                .containsEntry("CRM_DB_HOST", "localhost")
                .containsEntry("CRM_DB_PORT", "15432")
                .containsEntry("CRM_DB_NAME", "crm_lead")
                .containsEntry("CRM_DB_USER", "crm")
                .containsEntry("CRM_DB_PASSWORD", "crm")
                .containsEntry("CRM_KAFKA_BOOTSTRAP", "localhost:9092")
                .containsEntry("CRM_JWK_SET_URI", "http://localhost:8090/.well-known/jwks.json")
                .containsEntry("CRM_JWT_ISSUER", "http://localhost:8090")
                .containsEntry("CRM_JWT_AUDIENCE", "crm-platform")
                // ./crm up runs the local profile: actuator stays on the API port, where the smoke test reads it.
                .doesNotContainKey("CRM_MANAGEMENT_PORT");
    }

    @Test
    void everyServiceFindsEveryServicesHttpApi() {
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            Map<String, String> env = ServiceEnvironment.of(service,
                    new DatabaseEndpoint("localhost", 15432, "postgres", ""), "localhost:9092",
                    "http://localhost:8090");

            assertThat(env).containsEntry("CRM_LEAD_SERVICE_URL", "http://localhost:8081")
                    .containsEntry("CRM_CUSTOMER_SERVICE_URL", "http://localhost:8082")
                    .containsEntry("CRM_ORDER_SERVICE_URL", "http://localhost:8083")
                    .containsEntry("CRM_AFTERSALES_SERVICE_URL", "http://localhost:8084")
                    .containsEntry("CRM_ANALYTICS_SERVICE_URL", "http://localhost:8085");
        }
    }

    @Test
    void externalDatabaseComesFromTheEnvironment() {
        assertThat(DatabaseEndpoint.external(Map.of())).isEmpty();
        assertThat(DatabaseEndpoint.external(Map.of("CRM_DB_HOST", "db.local", "CRM_DB_ADMIN_PASSWORD", "s3cret")))
                .hasValue(new DatabaseEndpoint("db.local", 5432, "postgres", "s3cret"));
    }
}
