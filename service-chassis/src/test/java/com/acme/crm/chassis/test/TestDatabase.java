package com.acme.crm.chassis.test;

import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Duration;

/** Reads a service's own database from its tests, to prove what a command wrote, or did not. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The single number a {@code select count(*) …} answers. */
    public static long count(DatabaseClient db, String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5));
    }
}
