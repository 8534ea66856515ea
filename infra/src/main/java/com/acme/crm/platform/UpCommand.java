package com.acme.crm.platform;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code up}: starts PostgreSQL, Kafka, the token issuer and the services in dependency order, then waits for Ctrl-C.
 */
final class UpCommand {

    static final String ISSUER_URL = "http://localhost:" + TokenIssuerServer.DEFAULT_PORT;
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Options options;
    private final Console console;
    private final Path root;
    private final Map<String, String> env;
    /** The embedded PostgreSQL, null when an existing server is used. */
    private Restartable<EmbeddedPostgresServer> postgres;

    UpCommand(Options options, Console console, Path root, Map<String, String> env) {
        this.options = options;
        this.console = console;
        this.root = root;
        this.env = env;
    }

    void run() throws Exception {
        // The JVM's own start time, so the banner's "ready in" includes JVM start-up as a user experiences it.
        Instant startedAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        List<ServiceDefinition> services = ServiceDefinition.select(options.services(), root, console);
        Optional<DatabaseEndpoint> external = DatabaseEndpoint.external(env);
        Path dataRoot = root.resolve(options.dataDir()).normalize();
        checkPorts(services, external.isEmpty(), dataRoot);
        DataDirectory data = DataDirectory.prepare(dataRoot, options.fresh(), console);
        ShutdownSequence shutdown = new ShutdownSequence(console);
        Runtime.getRuntime().addShutdownHook(shutdown.asShutdownHook());

        DatabaseEndpoint database = startDatabase(external, data, shutdown);
        List<String> created = DatabaseProvisioner.provision(database, ServiceDefinition.databases());
        console.step(created.isEmpty() ? "PostgreSQL: role crm and the service databases exist"
                : "PostgreSQL: created " + String.join(", ", created));

        console.step("starting Kafka on localhost:" + options.kafkaPort() + " ...");
        long kafkaBegin = System.nanoTime();
        // Restartable: the fault suite stops Kafka (and PostgreSQL) under load through PlatformControl.
        Restartable<KafkaBroker> restartableKafka = shutdown.start("Kafka", () -> Restartable.start("Kafka",
                () -> KafkaBroker.start(data.kafka(), data.root(), options.kafkaPort())));
        KafkaBroker kafka = restartableKafka.current();
        console.step("Kafka ready on " + kafka.bootstrapServers() + " in " + secondsSince(kafkaBegin) + " s");

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        TokenMinter minter = new TokenMinter(DevIssuerKeys.loadOrCreate(data.issuerKey()), ISSUER_URL,
                Clock.systemUTC());
        ServiceSupervisor supervisor = new ServiceSupervisor(console, http,
                Path.of(System.getProperty("java.home"), "bin", "java"), env.get("CRM_SERVICE_JAVA_OPTS"));
        DevClockForwarder clock = new DevClockForwarder(supervisor::running,
                () -> minter.mint(TokenIssuerServer.DEV_CLOCK), http);
        List<DemoUser> users = DemoUser.load();
        List<DevClient> clients = DevClient.load();
        shutdown.start("token issuer",
                () -> new TokenIssuerServer(TokenIssuerServer.DEFAULT_PORT, minter, clock, users, clients)
                        .with(PlatformControl.PATH, new PlatformControl(supervisor, Optional.ofNullable(postgres),
                                restartableKafka, console))
                        .start());
        console.step("token issuer ready on " + ISSUER_URL);

        if (!services.isEmpty()) {
            console.step("starting " + ReadyBanner.names(services) + " (logs in " + data.logs() + ") ...");
            shutdown.start("services", () -> supervisor);
            supervisor.startAll(services, s -> s.jar(root), s -> data.log(s.module()),
                    s -> ServiceEnvironment.of(s, database, kafka.bootstrapServers(), ISSUER_URL));
            supervisor.awaitReady(READY_TIMEOUT, shutdown::isStopping);
            new ServiceWarmUp(http, () -> minter.mint(TokenIssuerServer.DEV_CLOCK)).warm(supervisor.running());
        }
        console.plain(ReadyBanner.render(Duration.between(startedAt, Instant.now()), services, database,
                options.fast() && external.isEmpty(), kafka.bootstrapServers(), ISSUER_URL, data));
        if (options.demoData()) {
            try {
                new DemoDataLoader(minter, users, http, console).load(supervisor.running());
            } catch (RuntimeException e) {
                // Demo data is a convenience: the platform itself is up and stays up.
                console.warn("loading demo data failed: " + e);
            }
        }
        // Everything runs on other threads and processes; Ctrl-C ends the JVM and the shutdown hook stops them.
        new CountDownLatch(1).await();
    }

    private void checkPorts(List<ServiceDefinition> services, boolean embeddedDatabase, Path dataRoot) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (embeddedDatabase) {
            ports.put(DatabaseEndpoint.EMBEDDED_PORT, "PostgreSQL");
        }
        ports.put(options.kafkaPort(), "Kafka");
        ports.put(options.kafkaPort() + 1, "Kafka controller");
        ports.put(TokenIssuerServer.DEFAULT_PORT, "dev token issuer");
        services.forEach(s -> ports.put(s.port(), s.module()));
        try {
            PortGuard.requireFree(ports);
        } catch (PlatformException e) {
            Path pidFile = dataRoot.resolve("postgres").resolve("postmaster.pid");
            if (embeddedDatabase && !PortGuard.isFree(DatabaseEndpoint.EMBEDDED_PORT) && Files.exists(pidFile)) {
                throw new PlatformException(e.getMessage() + "\n  A PostgreSQL left over from a killed run? Stop it with: "
                        + "kill $(head -1 " + pidFile + ")");
            }
            throw e;
        }
    }

    private DatabaseEndpoint startDatabase(Optional<DatabaseEndpoint> external, DataDirectory data,
                                           ShutdownSequence shutdown) throws Exception {
        if (external.isPresent()) {
            console.step("PostgreSQL: using the existing server " + external.get().jdbcUrl("postgres")
                    + " (CRM_DB_HOST)" + (options.fast() ? "; --fast changes nothing there" : ""));
            return external.get();
        }
        boolean firstRun = !EmbeddedPostgresServer.isInitialised(data.postgres());
        console.step(firstRun ? "starting PostgreSQL 17 (first run: initialising " + data.postgres() + ") ..."
                : "starting PostgreSQL 17 ...");
        long begin = System.nanoTime();
        postgres = shutdown.start("PostgreSQL", () -> Restartable.start("PostgreSQL",
                () -> EmbeddedPostgresServer.start(data.postgres(), data.log("postgres"), options.fast())));
        console.step("PostgreSQL ready on localhost:" + DatabaseEndpoint.EMBEDDED_PORT + " in " + secondsSince(begin)
                + " s" + (options.fast() ? ", " + ReadyBanner.FAST_DATABASE : ""));
        return postgres.current().endpoint();
    }

    private static String secondsSince(long nanoTime) {
        return ServiceSupervisor.seconds(Duration.ofNanos(System.nanoTime() - nanoTime));
    }
}
