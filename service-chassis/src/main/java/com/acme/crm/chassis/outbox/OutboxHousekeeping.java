package com.acme.crm.chassis.outbox;

import com.acme.crm.chassis.jobs.Jobs;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Refreshes the backlog gauges (parked events included) and deletes published events past their retention, in bounded chunks; both run as
 * scheduled jobs ({@code outbox-stats}, {@code outbox-cleanup}).
 */
class OutboxHousekeeping {

    static final String CLEANUP_JOB = "outbox-cleanup";
    static final String STATS_JOB = "outbox-stats";
    private static final int DELETE_CHUNK = 5_000;

    private final DatabaseClient db;
    private final Jobs jobs;
    private final Clock clock;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;

    OutboxHousekeeping(DatabaseClient db, Jobs jobs, Clock clock, OutboxProperties properties, OutboxMetrics metrics) {
        this.db = db;
        this.jobs = jobs;
        this.clock = clock;
        this.properties = properties;
        this.metrics = metrics;
    }

    Mono<Void> refreshStats() {
        return db.sql("""
                        select count(*) as backlog, count(*) filter (where parked_at is not null) as parked,
                          min(occurred_at) as oldest
                        from outbox_event where published_at is null""")
                .map(row -> {
                    long count = row.get("backlog", Long.class);
                    metrics.parked(row.get("parked", Long.class));
                    OffsetDateTime oldest = row.get("oldest", OffsetDateTime.class);
                    Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
                    metrics.backlog(count, age.isNegative() ? Duration.ZERO : age);
                    return count;
                })
                .one()
                .then();
    }

    /** Deletes published events older than the retention, chunk by chunk; emits how many went. */
    Mono<Long> deletePublished() {
        Instant cutoff = clock.instant().minus(properties.retention());
        return jobs.inChunks(CLEANUP_JOB, DELETE_CHUNK, () -> db.sql("""
                        delete from outbox_event where id in (
                          select id from outbox_event where published_at < :cutoff order by id limit :chunk)""")
                .bind("cutoff", cutoff)
                .bind("chunk", DELETE_CHUNK)
                .fetch().rowsUpdated());
    }
}
