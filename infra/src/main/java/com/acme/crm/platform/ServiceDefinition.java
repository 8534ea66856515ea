package com.acme.crm.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One CRM service the platform can run: its Maven module, fixed local port and own database.
 */
record ServiceDefinition(String module, int port) {

    /** Fixed ports so URLs in docs, curl lines and other services' config stay stable. */
    static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("lead-service", 8081),
            new ServiceDefinition("customer-service", 8082),
            new ServiceDefinition("order-service", 8083),
            new ServiceDefinition("aftersales-service", 8084),
            new ServiceDefinition("analytics-service", 8085));

    /** "lead" for "lead-service": the name used in {@code --services=}. */
    String shortName() {
        return module.substring(0, module.length() - "-service".length());
    }

    String database() {
        return "crm_" + shortName();
    }

    Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    static Optional<ServiceDefinition> byName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream()
                .filter(s -> s.shortName().equals(wanted) || s.module().equals(wanted))
                .findFirst();
    }

    /**
     * @param requested the services of {@code --services}, or null for all that are built
     * @return the services to start; a requested service without a jar is an error, an unrequested one is skipped
     */
    static List<ServiceDefinition> select(List<ServiceDefinition> requested, Path root, Console console) {
        if (requested != null) {
            for (ServiceDefinition service : requested) {
                if (!Files.isRegularFile(service.jar(root))) {
                    throw new PlatformException(service.module() + " is not built (" + service.jar(root)
                            + " is missing); run ./crm up without --no-build");
                }
            }
            return requested;
        }
        List<ServiceDefinition> built = new ArrayList<>();
        List<String> notBuilt = new ArrayList<>();
        for (ServiceDefinition service : ALL) {
            if (Files.isRegularFile(service.jar(root))) {
                built.add(service);
            } else {
                notBuilt.add(service.module());
            }
        }
        if (!notBuilt.isEmpty()) {
            console.step("not built, so not started: " + String.join(", ", notBuilt));
        }
        return built;
    }

    static List<String> databases() {
        return ALL.stream().map(ServiceDefinition::database).toList();
    }
}
