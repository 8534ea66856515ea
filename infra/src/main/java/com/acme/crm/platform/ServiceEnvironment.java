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

    /** @param issuer the dev issuer's URL: the {@code iss} of its tokens, and where its JWK set is */
    static Map<String, String> of(ServiceDefinition service, DatabaseEndpoint database, String kafkaBootstrap,
                                  String issuer) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("SERVER_PORT", String.valueOf(service.port()));
        env.put("CRM_DB_HOST", database.host());
        env.put("CRM_DB_PORT", String.valueOf(database.port()));
        env.put("CRM_DB_NAME", service.database());
        env.put("CRM_DB_USER", DatabaseProvisioner.ROLE);
        env.put("CRM_DB_PASSWORD", DatabaseProvisioner.PASSWORD);
        env.put("CRM_KAFKA_BOOTSTRAP", kafkaBootstrap);
        env.put("CRM_JWK_SET_URI", issuer + "/.well-known/jwks.json");
        // The chassis checks iss and aud of every token; say which ones the dev issuer mints.
        env.put("CRM_JWT_ISSUER", issuer);
        env.put("CRM_JWT_AUDIENCE", TokenMinter.AUDIENCE);
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
