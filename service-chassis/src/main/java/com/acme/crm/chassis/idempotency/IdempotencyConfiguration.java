package com.acme.crm.chassis.idempotency;

import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires idempotency keys: the filter on every command, its table, the clean-up job, the header in the API docs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    static final String CLEANUP_JOB = "idempotency-cleanup";
    private static final int DELETE_CHUNK = 5_000;

    @Bean
    IdempotencyStore idempotencyStore(DatabaseClient db, Clock clock, IdempotencyProperties properties) {
        return new IdempotencyStore(db, clock, properties);
    }

    @Bean
    IdempotencyFilter idempotencyFilter(IdempotencyStore store, TransactionalOperator transactions,
                                        JsonMapper json, MeterRegistry meters,
                                        @Value("${spring.http.codecs.max-in-memory-size:256KB}") DataSize maxBody) {
        return new IdempotencyFilter(store, transactions,
                new IdempotencyAnswers(json, meters), (int) Math.min(Integer.MAX_VALUE, maxBody.toBytes()));
    }

    /** Deletes expired keys in bounded chunks, each in a job transaction under the job's timeout. */
    @Bean
    ScheduledJob idempotencyCleanup(Jobs jobs, IdempotencyStore store, IdempotencyProperties properties) {
        return new ScheduledJob(CLEANUP_JOB, Schedule.every(properties.cleanupInterval(), false),
                () -> jobs.inChunks(CLEANUP_JOB, DELETE_CHUNK, () -> store.deleteExpired(DELETE_CHUNK)));
    }

    /** Only where the service serves OpenAPI documents (springdoc on its classpath). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
    static class Documentation {

        @Bean
        IdempotencyOpenApi idempotencyOpenApi() {
            return new IdempotencyOpenApi();
        }
    }
}
