package com.acme.crm.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL 17 from zonky's bundled binaries, keeping its data in the data folder across runs: durable by
 * default, without fsync in {@code --fast} mode.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Zonky runs initdb only when postgresql.conf is missing, so a second start reuses the cluster.
     * As root it wraps the binaries in {@code unshare -U}, because PostgreSQL refuses to run as root.
     *
     * @param fast keep zonky's test settings (fsync off, synchronous commit off): faster, but a crash may lose
     *     committed data or corrupt the cluster; otherwise PostgreSQL's own durable defaults
     */
    static EmbeddedPostgresServer start(Path dataDir, Path logFile, boolean fast) throws IOException {
        return start(dataDir, logFile, fast, DatabaseEndpoint.EMBEDDED_PORT);
    }

    static EmbeddedPostgresServer start(Path dataDir, Path logFile, boolean fast, int port) throws IOException {
        Files.createDirectories(dataDir);
        Redirect log = Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (!fast) {
            // Zonky starts the postmaster with -F (fsync off) and synchronous_commit=off; a later -c wins over both.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // Our own shutdown hook stops PostgreSQL last, after the services that still use it.
                .setRegisterShutdownHook(false)
                // initdb plus the first start on a busy 2-core laptop can take longer than zonky's 10 s default.
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
        return new EmbeddedPostgresServer(postgres);
    }

    static boolean isInitialised(Path dataDir) {
        return Files.exists(dataDir.resolve("postgresql.conf"));
    }

    DatabaseEndpoint endpoint() {
        // initdb ran with trust authentication for local connections, so the superuser needs no password.
        return new DatabaseEndpoint("localhost", postgres.getPort(), "postgres", "");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
