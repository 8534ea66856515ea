package com.acme.crm.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parsed command line of {@code crm-platform.jar up}; deliberately tiny, so no CLI library.
 *
 * @param services the services asked for, or {@code null} when {@code --services} was not given (= all that are built)
 * @param fast the embedded PostgreSQL without fsync and synchronous commit: faster, but a crash may lose data
 */
record Options(boolean help, boolean fresh, boolean demoData, List<ServiceDefinition> services, Path dataDir,
               int kafkaPort, boolean fast) {

    static final Path DEFAULT_DATA_DIR = Path.of(".crm-data");
    static final int DEFAULT_KAFKA_PORT = 9092;

    static Options parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("missing command");
        }
        String command = args[0];
        if (List.of("help", "--help", "-h").contains(command)) {
            return new Options(true, false, false, null, DEFAULT_DATA_DIR, DEFAULT_KAFKA_PORT, false);
        }
        if (!command.equals("up")) {
            throw new UsageException("unknown command: " + command);
        }
        boolean help = false;
        boolean fresh = false;
        boolean demoData = false;
        boolean fast = false;
        List<ServiceDefinition> services = null;
        Path dataDir = DEFAULT_DATA_DIR;
        int kafkaPort = DEFAULT_KAFKA_PORT;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--fresh" -> fresh = true;
                case "--demo-data" -> demoData = true;
                case "--fast" -> fast = true;
                // ./crm consumes --no-build; accepting it here too keeps a hand-typed java -jar line working.
                case "--no-build" -> { }
                default -> {
                    if (arg.startsWith("--services=")) {
                        services = parseServices(value(arg));
                    } else if (arg.startsWith("--data-dir=")) {
                        dataDir = parseDataDir(value(arg));
                    } else if (arg.startsWith("--kafka-port=")) {
                        kafkaPort = parsePort(value(arg));
                    } else {
                        throw new UsageException("unknown flag: " + arg);
                    }
                }
            }
        }
        return new Options(help, fresh, demoData, services, dataDir, kafkaPort, fast);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1).trim();
    }

    private static List<ServiceDefinition> parseServices(String value) {
        if (value.isEmpty() || value.equals("none")) {
            return List.of();
        }
        if (value.equals("all")) {
            return ServiceDefinition.ALL;
        }
        Set<ServiceDefinition> chosen = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            chosen.add(ServiceDefinition.byName(name).orElseThrow(() -> new UsageException(
                    "unknown service '" + name.trim() + "' in --services; known: " + knownServices())));
        }
        return new ArrayList<>(chosen);
    }

    private static Path parseDataDir(String value) {
        if (value.isEmpty()) {
            throw new UsageException("--data-dir needs a path");
        }
        return Path.of(value);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            // The controller listener takes the next port, so the last usable broker port is 65534.
            if (port >= 1024 && port <= 65534) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("--kafka-port must be a number between 1024 and 65534, got '" + value + "'");
    }

    private static String knownServices() {
        return ServiceDefinition.ALL.stream().map(ServiceDefinition::shortName).collect(Collectors.joining(", "))
                + ", all, none";
    }

    static String usage() {
        return """
                Usage: ./crm up [flags]        (or: java -jar infra/target/crm-platform.jar up [flags])

                Starts PostgreSQL, a Kafka broker, the dev token issuer and every built CRM service.
                Ctrl-C stops everything; data is kept in the data folder between runs, and PostgreSQL runs with
                its default durability (fsync, synchronous commit), so a crash loses no committed data.

                Flags:
                  --fresh               delete the data folder first (all databases, topics and the issuer key)
                  --demo-data           after start-up, load a sales team's week of demo data through the APIs
                  --fast                PostgreSQL without fsync and synchronous commit, for demos and benchmarks:
                                        faster commits, but a crash of the machine or of PostgreSQL may lose data
                  --services=a,b        start only these services: %s (default: all that are built)
                  --data-dir=PATH       data folder (default: .crm-data in the repository root)
                  --kafka-port=PORT     Kafka broker port (default: 9092; the controller uses PORT+1)
                  --no-build            (./crm only) do not rebuild jars that are out of date
                  --help                show this help

                Environment:
                  CRM_DB_HOST           use this existing PostgreSQL instead of the embedded one
                  CRM_DB_PORT           its port (default 5432)
                  CRM_DB_ADMIN_USER     a user that may create roles and databases (default postgres)
                  CRM_DB_ADMIN_PASSWORD its password
                """.formatted(knownServices());
    }
}
