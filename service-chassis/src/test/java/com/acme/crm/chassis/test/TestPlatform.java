package com.acme.crm.chassis.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The real servers of a test JVM: ONE Kafka broker (KRaft) and ONE PostgreSQL, started on first use and stopped
 * when the JVM exits. Each service gets its own database in that PostgreSQL, as in production.
 */
public final class TestPlatform {

    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedPostgres postgres;
    private static final Set<String> databases = new HashSet<>();

    private TestPlatform() {
    }

    /** The broker's bootstrap servers. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = startKafka();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy, "test-kafka-stop"));
        }
        return kafka.getBrokersAsString();
    }

    private static EmbeddedKafkaBroker startKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0",
                "auto.create.topics.enable", "true"));
        broker.afterPropertiesSet();
        return broker;
    }

    /** A database of that name, created on first use; returns its port on localhost. */
    public static synchronized int database(String name) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }, "test-postgres-stop"));
        }
        if (databases.add(name)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create test database " + name, e);
            }
        }
        return postgres.getPort();
    }
}
