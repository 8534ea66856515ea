package com.acme.crm.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The environment variables a service reads to find PostgreSQL, Kafka, the issuer and the other services; its only contract with this launcher.
 */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    static Map<String, String> of(ServiceDefinition service, DatabaseEndpoint database, String kafkaBootstrap,
                                  String jwkSetUri) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("SERVER_PORT", String.valueOf(service.port()));
        env.put("CRM_DB_HOST", database.host());
        env.put("CRM_DB_PORT", String.valueOf(database.port()));
        env.put("CRM_DB_NAME", service.database());
        env.put("CRM_DB_USER", DatabaseProvisioner.ROLE);
        env.put("CRM_DB_PASSWORD", DatabaseProvisioner.PASSWORD);
        env.put("CRM_KAFKA_BOOTSTRAP", kafkaBootstrap);
        env.put("CRM_JWK_SET_URI", jwkSetUri);
        for (ServiceDefinition other : ServiceDefinition.ALL) {
            env.put(urlVariable(other), other.baseUrl());
        }
        return env;
    }

    /** {@code CRM_LEAD_SERVICE_URL} for lead-service. */
    private static String urlVariable(ServiceDefinition service) {
        return "CRM_" + service.module().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }
}
