package com.acme.crm.chassis.persistence;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the chassis tables ({@code db/chassis}, history in {@code chassis_schema_history}) before the service's
 * own migrations, so chassis and service scripts are versioned independently and neither renumbers the other.
 */
@Configuration(proxyBeanMethods = false)
public class ChassisMigrations {

    static final String HISTORY_TABLE = "chassis_schema_history";

    @Bean
    FlywayMigrationStrategy chassisTablesFirst() {
        return serviceMigrations -> {
            Flyway.configure()
                    .configuration(serviceMigrations.getConfiguration())
                    .locations("classpath:db/chassis")
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(false)
                    .load()
                    .migrate();
            serviceMigrations.migrate();
        };
    }
}
