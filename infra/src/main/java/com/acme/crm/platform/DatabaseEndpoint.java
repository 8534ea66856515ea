package com.acme.crm.platform;

import java.util.Map;
import java.util.Optional;

/**
 * Where PostgreSQL listens and which admin account may create the services' role and databases.
 */
record DatabaseEndpoint(String host, int port, String adminUser, String adminPassword) {

    static final int EMBEDDED_PORT = 15432;

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** An existing server named by {@code CRM_DB_HOST}, used instead of the embedded one (e.g. on macOS or in CI). */
    static Optional<DatabaseEndpoint> external(Map<String, String> env) {
        String host = env.get("CRM_DB_HOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String port = env.getOrDefault("CRM_DB_PORT", "5432");
        try {
            return Optional.of(new DatabaseEndpoint(host.trim(), Integer.parseInt(port.trim()),
                    env.getOrDefault("CRM_DB_ADMIN_USER", "postgres"),
                    env.getOrDefault("CRM_DB_ADMIN_PASSWORD", "")));
        } catch (NumberFormatException e) {
            throw new PlatformException("CRM_DB_PORT must be a number, got '" + port + "'");
        }
    }
}
