package com.acme.crm.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Creates the shared {@code crm} login and one database per service if missing; each service runs its own Flyway migrations.
 */
final class DatabaseProvisioner {

    static final String ROLE = "crm";
    static final String PASSWORD = "crm";

    private DatabaseProvisioner() {
    }

    /**
     * @return what was created, empty when everything already existed
     */
    static List<String> provision(DatabaseEndpoint endpoint, Collection<String> databases) {
        List<String> created = new ArrayList<>();
        try (Connection admin = DriverManager.getConnection(endpoint.jdbcUrl("postgres"), endpoint.adminUser(),
                endpoint.adminPassword())) {
            if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
                // Names are constants of this program, never user input, so plain concatenation is safe here.
                execute(admin, "CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
                created.add("role " + ROLE);
            }
            for (String database : databases) {
                if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    // CREATE DATABASE cannot run in a transaction; the connection is in auto-commit mode.
                    execute(admin, "CREATE DATABASE " + database + " OWNER " + ROLE);
                    created.add(database);
                }
            }
            return created;
        } catch (SQLException e) {
            throw new PlatformException("cannot create the crm role and databases on " + endpoint.jdbcUrl("postgres")
                    + " as " + endpoint.adminUser() + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
