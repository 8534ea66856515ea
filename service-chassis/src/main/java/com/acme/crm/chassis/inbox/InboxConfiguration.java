package com.acme.crm.chassis.inbox;

import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

/** Wires the inbox and names dead-letter topics {@code <topic>.<service>.dlq}, counting what lands there. */
@Configuration(proxyBeanMethods = false)
public class InboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InboxConfiguration.class);

    @Bean
    InboxMetrics inboxMetrics(MeterRegistry registry) {
        return new InboxMetrics(registry);
    }

    @Bean
    EventSchemas eventSchemas(JsonMapper json) {
        EventSchemas schemas = new EventSchemas(json);
        schemas.preload();
        return schemas;
    }

    @Bean
    Inbox inbox(DatabaseClient db, TransactionalOperator transactions, JsonMapper json, EventSchemas schemas,
                Clock clock, ObjectProvider<ObservationRegistry> observations, InboxMetrics metrics,
                @Value("${crm.inbox.handler-timeout:30s}") Duration timeout) {
        return new Inbox(db, transactions, json, schemas, clock,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP), metrics, timeout);
    }

    @Bean
    ScheduledJob inboxCleanup(DatabaseClient db, Jobs jobs, Clock clock,
                              @Value("${crm.inbox.retention:30d}") Duration retention,
                              @Value("${crm.inbox.cleanup-interval:1h}") Duration interval) {
        InboxHousekeeping housekeeping = new InboxHousekeeping(db, jobs, clock, retention);
        return new ScheduledJob(InboxHousekeeping.JOB, Schedule.every(interval, false), housekeeping::deleteExpired);
    }

    @Bean
    DlqDestinationResolver deadLetterTopics(InboxMetrics metrics, @Value("${spring.application.name}") String application) {
        return (ConsumerRecord<?, ?> record, Exception error) -> {
            Throwable cause = InboxMetrics.rootCause(error);
            metrics.deadLettered(record.topic(), error);
            log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), cause.toString());
            return record.topic() + "." + application + ".dlq";
        };
    }
}
