package com.acme.crm.platform;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one screen a developer needs after start-up: every URL, where data and logs are, and how to get a token.
 */
final class ReadyBanner {

    static final String TOKEN_CURL = "curl -s -XPOST localhost:8090/dev/tokens -H 'content-type: application/json' "
            + "-d '{\"sub\":\"rep-1\",\"name\":\"Rita Rep\",\"roles\":[\"SALES_REP\"],\"team\":\"east\"}'";

    private ReadyBanner() {
    }

    /** Said under PostgreSQL when {@code --fast} traded durability for speed. */
    static final String FAST_DATABASE = "fast mode (fsync and synchronous commit off): data may be lost on a crash";

    static String render(Duration elapsed, List<ServiceDefinition> services, DatabaseEndpoint database,
                         boolean fastDatabase, String kafkaBootstrap, String issuerUrl, DataDirectory data) {
        StringBuilder b = new StringBuilder();
        b.append("\n==================================================================================\n");
        b.append(" CRM platform ready in ").append(ServiceSupervisor.seconds(elapsed)).append(" s\n");
        b.append("==================================================================================\n");
        if (services.isEmpty()) {
            b.append(String.format(" %-19s %s%n", "Services", "none started"));
        }
        for (ServiceDefinition s : services) {
            b.append(String.format(" %-19s %s%n", s.module(), s.baseUrl()));
            b.append(String.format(" %-19s %s/swagger-ui.html%n", "", s.baseUrl()));
            b.append(String.format(" %-19s %s/actuator/prometheus%n", "", s.baseUrl()));
        }
        b.append(String.format(" %-19s %s  (JWKS %s/.well-known/jwks.json, users %s/dev/users)%n", "Token issuer",
                issuerUrl, issuerUrl, issuerUrl));
        b.append(String.format(" %-19s %s%n", "Kafka bootstrap", kafkaBootstrap));
        b.append(String.format(" %-19s %s  (user %s, password %s)%n", "PostgreSQL", database.jdbcUrl("crm_lead"),
                DatabaseProvisioner.ROLE, DatabaseProvisioner.PASSWORD));
        b.append(String.format(" %-19s %s%n", "", "databases: " + String.join(", ", ServiceDefinition.databases())));
        if (fastDatabase) {
            b.append(String.format(" %-19s %s%n", "", FAST_DATABASE));
        }
        b.append(String.format(" %-19s %s%n", "Data folder", data.root()));
        b.append(String.format(" %-19s %s%n", "Logs", data.logs()));
        b.append("\n Get a token:\n   ").append(TOKEN_CURL).append('\n');
        b.append("\n Press Ctrl-C to stop everything.\n");
        return b.toString();
    }

    static String names(List<ServiceDefinition> services) {
        return services.isEmpty() ? "none"
                : services.stream().map(ServiceDefinition::module).collect(Collectors.joining(", "));
    }
}
