package com.acme.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./crm up} keeps its promise to keep data between runs: PostgreSQL runs with fsync and synchronous commit
 * (zonky's builder would turn both off); {@code --fast} turns them off, on the same data folder.
 */
class EmbeddedPostgresDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void durableByDefaultAndFastOnlyWhenAsked() throws Exception {
        Path data = dir.resolve("postgres");
        Path log = dir.resolve("postgres.log");
        int port = freePort();

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data, log, false, port)) {
            assertThat(setting(postgres, "fsync")).isEqualTo("on");
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
        }
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data, log, true, port)) {
            assertThat(setting(postgres, "fsync")).isEqualTo("off");
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("off");
        }
        assertThat(Files.exists(data.resolve("postgresql.conf"))).isTrue();
    }

    private static String setting(EmbeddedPostgresServer postgres, String name) throws Exception {
        DatabaseEndpoint endpoint = postgres.endpoint();
        try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl("postgres"), endpoint.adminUser(),
                endpoint.adminPassword());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
