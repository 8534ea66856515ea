package com.acme.crm.chassis.outbox;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;
import com.acme.crm.chassis.observability.TraceContext;
import com.acme.crm.chassis.outbox.web.ParkedEventsController;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Wires the outbox, its relay with a dedicated idempotent producer, the service's topics, and the operators'
 * endpoints for parked events.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
@Import(ParkedEventsController.class)
public class OutboxConfiguration {

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry) {
        return new OutboxMetrics(registry);
    }

    @Bean
    KafkaTemplate<String, byte[]> outboxKafkaTemplate(KafkaProperties kafka, OutboxProperties outbox) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long timeout = outbox.sendTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout / 2);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, timeout / 2));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    OutboxRelay outboxRelay(DatabaseClient db, TransactionalOperator transactions,
                            KafkaTemplate<String, byte[]> outboxKafkaTemplate, JsonMapper json, Clock clock,
                            OutboxProperties properties, OutboxMetrics metrics, OutboxTopics topics) {
        return new OutboxRelay(db, transactions, outboxKafkaTemplate, json, clock,
                properties, metrics, () -> {
                    topics.ensureExist();
                    properties.topics().forEach(outboxKafkaTemplate::partitionsFor);
                });
    }

    @Bean
    OutboxStatus outboxStatus(OutboxRelay relay, OutboxMetrics metrics) {
        return new OutboxStatus(relay, metrics);
    }

    @Bean
    ParkedEvents parkedOutboxEvents(DatabaseClient db, TransactionalOperator transactions, AuditLog audit,
                                    OutboxRelay relay) {
        return new ParkedEvents(db, transactions, audit, relay);
    }

    @Bean
    OutboxTopics outboxTopicCreator(KafkaProperties kafka, OutboxProperties properties) {
        return new OutboxTopics(kafka.buildAdminProperties(), List.of(newTopics(properties)), Duration.ofSeconds(5));
    }

    @Bean
    OutboxHousekeeping outboxHousekeeping(DatabaseClient db, Jobs jobs, Clock clock, OutboxProperties properties,
                                          OutboxMetrics metrics) {
        return new OutboxHousekeeping(db, jobs, clock, properties, metrics);
    }

    @Bean
    ScheduledJob outboxCleanup(OutboxHousekeeping housekeeping, OutboxProperties properties) {
        return new ScheduledJob(OutboxHousekeeping.CLEANUP_JOB, Schedule.every(properties.cleanupInterval(), false),
                housekeeping::deletePublished);
    }

    @Bean
    ScheduledJob outboxStats(OutboxHousekeeping housekeeping, OutboxProperties properties) {
        return new ScheduledJob(OutboxHousekeeping.STATS_JOB, Schedule.every(properties.statsInterval(), false),
                housekeeping::refreshStats);
    }

    @Bean
    Outbox outbox(DatabaseClient db, JsonMapper json, Clock clock, TraceContext traces, OutboxRelay relay,
                  @Value("${spring.application.name}") String application) {
        return new Outbox(db, json, clock, "/crm/" + application, traces, relay);
    }

    @Bean
    KafkaAdmin.NewTopics outboxTopics(OutboxProperties properties) {
        return new KafkaAdmin.NewTopics(newTopics(properties));
    }

    private static NewTopic[] newTopics(OutboxProperties properties) {
        return properties.topics().stream()
                .map(topic -> TopicBuilder.name(topic).partitions(properties.partitions()).build())
                .toArray(NewTopic[]::new);
    }
}
